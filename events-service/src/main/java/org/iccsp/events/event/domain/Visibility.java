package org.iccsp.events.event.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.iccsp.events.common.Codes;

/** Who may see an event: anyone, consortium members (governments, organisers, admins), or invitees. */
public enum Visibility {
    PUBLIC, MEMBERS_ONLY, INVITATION_ONLY;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Visibility fromCode(String code) {
        return Codes.parse(Visibility.class, code, "visibility");
    }

    @Override
    public String toString() {
        return code();
    }
}
