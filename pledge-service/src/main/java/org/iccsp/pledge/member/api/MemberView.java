package org.iccsp.pledge.member.api;

import org.iccsp.pledge.member.persistence.Member;

/** A member as the API returns it. */
public record MemberView(String code, String name, String bloc, String status) {
    public static MemberView of(Member m) {
        return new MemberView(m.code, m.name, m.bloc, m.status);
    }
}
