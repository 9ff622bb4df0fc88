package org.iccsp.directory.organization.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The consortium's sector taxonomy; codes are the wire format. */
public enum Sector {
    AGRICULTURE("agriculture", "Agriculture"),
    HEALTH("health", "Health"),
    EDUCATION("education", "Education"),
    TECHNOLOGY("technology", "Technology"),
    ENVIRONMENT_AND_WATER("environment-and-water", "Environment and water"),
    ARTS_AND_MUSIC("arts-and-music", "Arts and music"),
    SPORTS("sports", "Sports"),
    SCIENCE("science", "Science"),
    DIALOGUE_AND_RECONCILIATION("dialogue-and-reconciliation", "Dialogue and reconciliation"),
    ECONOMIC_DEVELOPMENT("economic-development", "Economic development"),
    HUMANITARIAN("humanitarian", "Humanitarian");

    private final String code;
    private final String label;

    Sector(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    @JsonCreator
    public static Sector fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sector " + code));
    }

    @Override
    public String toString() {
        return code;
    }
}
