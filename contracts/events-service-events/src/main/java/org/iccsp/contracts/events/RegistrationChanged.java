package org.iccsp.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * Data of every {@code org.iccsp.events.registration.<verb>.v1}: the registration after the change.
 * {@code offerExpiresAt} is set for offers, {@code waitlistPosition} (FIFO order, not a rank) for the waitlisted.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationChanged(String registrationId, String eventId, String status, String registrantSubject,
        String registrantEmail, String organizationId, String governmentCode, int places, Long waitlistPosition,
        OffsetDateTime offerExpiresAt, String invitationId, String changedBy) {
}
