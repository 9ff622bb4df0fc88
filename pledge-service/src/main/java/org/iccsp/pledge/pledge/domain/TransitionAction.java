package org.iccsp.pledge.pledge.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What a caller asks a pledge to do; announcing an embargoed pledge happens only by release. */
public enum TransitionAction {
    SUBMIT, ANNOUNCE, COMMIT, DISBURSE, WITHDRAW;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TransitionAction fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown action " + code));
    }
}
