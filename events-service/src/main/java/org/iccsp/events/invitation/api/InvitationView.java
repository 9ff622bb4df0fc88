package org.iccsp.events.invitation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.iccsp.events.invitation.persistence.Invitation;

/**
 * An invitation with its status ({@code issued}, {@code accepted}, {@code declined}, {@code revoked}) and how many
 * times it was sent again; {@code token} only in the organiser's answer to its creation or resend.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationView(UUID id, UUID eventId, String email, String status, int resendCount,
        OffsetDateTime expiresAt, OffsetDateTime acceptedAt, OffsetDateTime declinedAt, OffsetDateTime revokedAt,
        String invitedBy, String token) {

    public static InvitationView of(Invitation i, String token) {
        return new InvitationView(i.id, i.eventId, i.email, i.status, i.resendCount, i.expiresAt, i.acceptedAt,
                i.declinedAt, i.revokedAt, i.invitedBy, token);
    }
}
