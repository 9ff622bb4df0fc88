package org.iccsp.events.invitation.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code org.iccsp.events.invitation.sent.v1}. {@code token} is what the invitee's link carries
 * so that the notification service can email it; it only works for a caller whose token email is
 * {@code email}, so a copy of it alone admits nobody.
 */
public record InvitationSent(UUID invitationId, UUID eventId, String eventTitle, String email, String token,
        OffsetDateTime expiresAt, String invitedBy) {
}
