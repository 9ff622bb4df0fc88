package org.iccsp.directory.organization.domain;

import java.util.Locale;
import java.util.Set;

/** ISO 639-1 two-letter language codes. */
public final class Language {
    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    private Language() {
    }

    public static boolean isValid(String code) {
        return code != null && code.length() == 2 && CODES.contains(code);
    }
}
