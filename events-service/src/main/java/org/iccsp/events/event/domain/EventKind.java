package org.iccsp.events.event.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.iccsp.events.common.Codes;

/** What kind of gathering an event is. */
public enum EventKind {
    CONVENING, INTERGOVERNMENTAL_MEETING, SUMMIT, WORKING_SESSION;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static EventKind fromCode(String code) {
        return Codes.parse(EventKind.class, code, "event kind");
    }

    @Override
    public String toString() {
        return code();
    }
}
