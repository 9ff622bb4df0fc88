package org.iccsp.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import org.iccsp.contracts.SealedText;

/**
 * Data of {@code org.iccsp.events.invitation.sent.v1}. {@code token} is what the invitee's link carries
 * so that the notification service can email it; it only works for a caller whose token email is
 * {@code email}, so a copy of it alone admits nobody. It travels sealed ({@link SealedText}, AES-GCM
 * bound to the invitation id, keys shared by events- and notification-service), never in clear on the topic.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationSent(String invitationId, String eventId, String eventTitle, String email, SealedText token,
        OffsetDateTime expiresAt, String invitedBy) {
}
