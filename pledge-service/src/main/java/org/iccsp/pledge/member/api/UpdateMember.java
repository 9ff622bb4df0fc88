package org.iccsp.pledge.member.api;

import jakarta.validation.constraints.Size;
import org.iccsp.pledge.member.domain.Bloc;
import org.iccsp.pledge.member.domain.MembershipStatus;

/** Body of PATCH /api/v1/members/{code} (admin): absent fields stay as they are. */
public record UpdateMember(@Size(min = 1, max = 200) String name, Bloc bloc, MembershipStatus status) {
}
