package org.iccsp.events.invitation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/v1/events/{id}/invitations/decline: the token from the invitation e-mail. */
public record DeclineRequest(@NotBlank @Size(max = 200) String token) {
}
