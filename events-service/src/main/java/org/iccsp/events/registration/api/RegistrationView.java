package org.iccsp.events.registration.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.iccsp.events.registration.domain.RegistrationStatus;
import org.iccsp.events.registration.domain.Waitlist;
import org.iccsp.events.registration.persistence.Registration;

/**
 * A registration as the API returns it; {@code waitlistRank} is 1 for the head of the waitlist;
 * {@code checkedInAt} when the participant was checked in at the venue (null: not yet); {@code walkIn} for a
 * person registered at the desk, with the organisation they named in {@code affiliation}.
 */
public record RegistrationView(UUID id, UUID eventId, String status, String name, String email,
        String organizationId, String governmentCode, JsonNode delegation, int places, Integer waitlistRank,
        OffsetDateTime offerExpiresAt, boolean invited, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime checkedInAt, String affiliation, boolean walkIn) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WALK_IN = "walk-in:";

    public static RegistrationView of(Registration r) {
        Integer rank = RegistrationStatus.WAITLISTED.is(r.status) ? Waitlist.rankOf(r) : null;
        return new RegistrationView(r.id, r.eventId, r.status, r.registrantName, r.registrantEmail, r.organizationId,
                r.governmentCode, delegation(r.delegation), r.places, rank, r.offerExpiresAt, r.invitationId != null,
                r.createdAt, r.updatedAt, r.checkedInAt, r.affiliation, r.registrantSubject.startsWith(WALK_IN));
    }

    private static JsonNode delegation(String stored) {
        try {
            return stored == null ? null : JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored delegation is not JSON", e);
        }
    }
}
