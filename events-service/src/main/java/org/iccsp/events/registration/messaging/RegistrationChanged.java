package org.iccsp.events.registration.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of every {@code org.iccsp.events.registration.<verb>.v1}: the registration after the change.
 * {@code offerExpiresAt} is set for offers, {@code waitlistPosition} (FIFO order, not a rank) for the waitlisted.
 */
public record RegistrationChanged(UUID registrationId, UUID eventId, String status, String registrantSubject,
        String registrantEmail, String organizationId, String governmentCode, int places, Long waitlistPosition,
        OffsetDateTime offerExpiresAt, UUID invitationId, String changedBy) {
}
