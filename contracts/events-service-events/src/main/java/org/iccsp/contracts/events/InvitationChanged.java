package org.iccsp.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@code org.iccsp.events.invitation.revoked.v1} (an organiser revoked it; {@code changedBy} is the
 * organiser's token subject) and {@code org.iccsp.events.invitation.declined.v1} (the invitee declined it with the
 * token, without an account: {@code changedBy} is null). {@code status} is the invitation's new status. A resend is
 * {@code invitation.sent.v1} again, with the new token. Neither carries a token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationChanged(String invitationId, String eventId, String eventTitle, String email, String status,
        int resendCount, String changedBy) {
}
