package org.iccsp.pledge.pledge.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Verticals a pledge funds: the consortium's sector taxonomy (the directory's sector codes). */
public enum Vertical {
    AGRICULTURE("agriculture", "31120") /* Agricultural development */,
    HEALTH("health", "12220") /* Basic health care */,
    EDUCATION("education", "11110") /* Education policy and administrative management */,
    TECHNOLOGY("technology", "22040") /* Information and communication technology (ICT) */,
    ENVIRONMENT_AND_WATER("environment-and-water", "41010") /* Environmental policy and administrative management */,
    ARTS_AND_MUSIC("arts-and-music", "16066") /* Culture */,
    SPORTS("sports", "16065") /* Recreation and sport */,
    SCIENCE("science", "43082") /* Research/scientific institutions */,
    DIALOGUE_AND_RECONCILIATION("dialogue-and-reconciliation", "15220") /* Civilian peace-building, conflict prevention and resolution */,
    ECONOMIC_DEVELOPMENT("economic-development", "25030") /* Business development services */,
    HUMANITARIAN("humanitarian", "72010") /* Material relief assistance and services */;

    private final String code;
    private final String dacPurposeCode;

    Vertical(String code, String dacPurposeCode) {
        this.code = code;
        this.dacPurposeCode = dacPurposeCode;
    }

    /**
     * The OECD DAC 5-digit purpose code (IATI Sector vocabulary 1) the vertical is reported under: an active code of
     * the IATI 2.03 Sector codelist ({@code IatiCodesTest} checks it).
     */
    public String dacPurposeCode() {
        return dacPurposeCode;
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
