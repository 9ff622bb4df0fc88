package org.iccsp.events.event.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.iccsp.events.common.Codes;

/** Who a session is for. */
public enum Audience {
    CIVIL_SOCIETY, GOVERNMENT, MIXED;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Audience fromCode(String code) {
        return Codes.parse(Audience.class, code, "audience");
    }

    @Override
    public String toString() {
        return code();
    }
}
