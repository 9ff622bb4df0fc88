package org.iccsp.pledge.member.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** A confidential member participates but is not announced: its name is shown only to itself, organisers and admins. */
public enum MembershipStatus {
    PROSPECTIVE, CONFIDENTIAL, ANNOUNCED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static MembershipStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown membership status " + code));
    }

    @Override
    public String toString() {
        return code();
    }
}
