package org.iccsp.directory.organization.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Kinds of civil-society organisation; codes are the wire format. */
public enum OrganizationType {
    NGO("ngo"),
    SOCIAL_ENTERPRISE("social-enterprise"),
    EDUCATIONAL_INSTITUTION("educational-institution"),
    THINK_TANK("think-tank"),
    HOSPITAL("hospital"),
    SPORTS_CLUB("sports-club"),
    COOPERATIVE("cooperative"),
    COMPANY("company"),
    FOUNDATION("foundation"),
    NETWORK("network"),
    OTHER("other");

    private final String code;

    OrganizationType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static OrganizationType fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown organisation type " + code));
    }

    @Override
    public String toString() {
        return code;
    }
}
