package org.iccsp.events.workinggroup.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.iccsp.events.common.Codes;

/** What a working group's output is. */
public enum OutputKind {
    SHARED_PRINCIPLES, STATEMENT, REPORT, OTHER;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static OutputKind fromCode(String code) {
        return Codes.parse(OutputKind.class, code, "output kind");
    }
}
