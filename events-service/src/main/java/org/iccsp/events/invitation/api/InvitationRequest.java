package org.iccsp.events.invitation.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.iccsp.events.invitation.domain.Invite;

/** Body of POST /api/v1/events/{id}/invitations; without expiresAt the invitation lasts until the event starts. */
public record InvitationRequest(@NotBlank @Email @Size(max = 254) String email, OffsetDateTime expiresAt) {

    /** The domain's command. */
    public Invite command() {
        return new Invite(email, expiresAt);
    }
}
