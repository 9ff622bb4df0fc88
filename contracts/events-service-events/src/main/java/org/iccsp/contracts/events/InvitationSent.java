package org.iccsp.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * Data of {@code org.iccsp.events.invitation.sent.v1}. {@code token} is what the invitee's link carries
 * so that the notification service can email it; it only works for a caller whose token email is
 * {@code email}, so a copy of it alone admits nobody.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationSent(String invitationId, String eventId, String eventTitle, String email, String token,
        OffsetDateTime expiresAt, String invitedBy) {
}
