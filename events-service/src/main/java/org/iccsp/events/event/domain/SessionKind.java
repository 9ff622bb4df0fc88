package org.iccsp.events.event.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.iccsp.events.common.Codes;

/** A timetable slot: a plenary or panel session, or a working group. */
public enum SessionKind {
    SESSION, WORKING_GROUP;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static SessionKind fromCode(String code) {
        return Codes.parse(SessionKind.class, code, "session kind");
    }

    @Override
    public String toString() {
        return code();
    }
}
