package org.iccsp.pledge.announcement.domain;

import java.util.List;

/** The four languages of the consortium's communiqués, in the order pages list them. */
public final class Languages {
    public static final List<String> ALL = List.of("en", "fr", "ar", "he");

    private Languages() {
    }

    public static boolean isKnown(String language) {
        return language != null && ALL.contains(language);
    }
}
