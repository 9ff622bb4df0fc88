package org.iccsp.pledge.pledge.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Verticals a pledge funds: the consortium's sector taxonomy (the directory's sector codes). */
public enum Vertical {
    AGRICULTURE("agriculture"),
    HEALTH("health"),
    EDUCATION("education"),
    TECHNOLOGY("technology"),
    ENVIRONMENT_AND_WATER("environment-and-water"),
    ARTS_AND_MUSIC("arts-and-music"),
    SPORTS("sports"),
    SCIENCE("science"),
    DIALOGUE_AND_RECONCILIATION("dialogue-and-reconciliation"),
    ECONOMIC_DEVELOPMENT("economic-development"),
    HUMANITARIAN("humanitarian");

    private final String code;

    Vertical(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Vertical fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown vertical " + code));
    }

    @Override
    public String toString() {
        return code;
    }
}
