package org.iccsp.directory.organization.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Only verified organisations are public. */
public enum OrganizationStatus {
    PENDING, VERIFIED, REJECTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
