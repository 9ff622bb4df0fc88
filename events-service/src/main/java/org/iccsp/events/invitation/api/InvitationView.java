package org.iccsp.events.invitation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.iccsp.events.invitation.persistence.Invitation;

/** An invitation; {@code token} only in the organiser's answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationView(UUID id, UUID eventId, String email, OffsetDateTime expiresAt,
        OffsetDateTime acceptedAt, String invitedBy, String token) {

    public static InvitationView of(Invitation i, String token) {
        return new InvitationView(i.id, i.eventId, i.email, i.expiresAt, i.acceptedAt, i.invitedBy, token);
    }
}
