package org.iccsp.pledge.announcement.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the announcement desk is asked to do, in its own terms (the resources map their requests to these). */
public final class AnnouncementCommands {
    private AnnouncementCommands() {
    }

    /** The communiqué in one language. */
    public record Text(String title, String body) {
    }

    /**
     * A new announcement, or a change of one (null components keep their value). {@code texts}: language → text;
     * {@code embargoIds} and {@code memberCodes}: the parts, replaced as a whole when given.
     */
    public record Content(Map<String, Text> texts, String authoritativeLanguage, OffsetDateTime releaseAt,
            String trigger, List<String> embargoIds, List<String> memberCodes) {
    }

    /** A step of the lifecycle. */
    public enum Action {
        READY, APPROVE, RELEASE, WITHDRAW;

        public static Action of(String code) {
            for (Action a : values()) {
                if (a.name().equalsIgnoreCase(code)) {
                    return a;
                }
            }
            return null;
        }
    }
}
