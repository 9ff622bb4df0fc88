package org.iccsp.pledge.announcement.domain;

import java.util.Arrays;
import java.util.Locale;

/** draft → ready → approved → released, or withdrawn from any state before released. */
public enum AnnouncementStatus {
    DRAFT, READY, APPROVED, RELEASED, WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnnouncementStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown announcement status " + code));
    }

    /** Still to be released: its parts are spoken for (no other announcement may take them). */
    public boolean isPending() {
        return this == DRAFT || this == READY || this == APPROVED;
    }
}
