package org.iccsp.pledge.member.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The blocs members belong to; codes are the wire format. */
public enum Bloc {
    G7("G7"), EU("EU"), ARAB_LEAGUE("Arab League"), OTHER("other");

    private final String code;

    Bloc(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Bloc fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown bloc " + code));
    }

    @Override
    public String toString() {
        return code;
    }
}
