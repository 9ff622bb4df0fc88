package org.iccsp.pledge.pledge.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a pledge funds: a CSO project of the directory, a working group's programme, or a common resource. */
public enum TargetKind {
    CSO_PROJECT("cso-project"), WORKING_GROUP("working-group"), COMMON_RESOURCE("common-resource");

    private final String code;

    TargetKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static TargetKind fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown target kind " + code));
    }

    @Override
    public String toString() {
        return code;
    }
}
