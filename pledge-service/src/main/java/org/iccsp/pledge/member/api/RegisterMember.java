package org.iccsp.pledge.member.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.iccsp.pledge.member.domain.Bloc;
import org.iccsp.pledge.member.domain.MembershipStatus;

/** Body of POST /api/v1/members (admin). */
public record RegisterMember(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code or EU") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull Bloc bloc,
        @NotNull MembershipStatus status) {
}
