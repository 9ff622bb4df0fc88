package org.iccsp.contracts.events;

import static org.iccsp.contracts.events.EventsContract.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iccsp.contracts.EventType;
import org.iccsp.contracts.SealedText;
import org.iccsp.platform.testing.EventContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** events-service's payload records and JSON Schemas say the same thing, and what the records write conforms. */
class EventsContractTest {
    private static final String SOURCE = "/iccsp/events-service";
    private static final String EVENT = "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-06-01T07:00:00Z");

    static List<EventType<?>> types() {
        return EventContract.typesOf(EventsContract.class);
    }

    @ParameterizedTest
    @MethodSource("types")
    void theRecordAndTheSchemaAgree(EventType<?> type) {
        EventContract.assertRecordMatchesSchema(type);
    }

    @Test
    void samplePayloadsConformToTheirSchemas() {
        conforms(EVENT_SCHEDULED, EVENT, event("scheduled"));
        conforms(EVENT_CHANGED, EVENT, event("scheduled"));
        conforms(EVENT_CANCELLED, EVENT, event("cancelled"));
        SessionSnapshot session = new SessionSnapshot(id(), EVENT, "Opening", "working-group", "mixed",
                "Hall A", START, START.plusHours(2), 40, new SessionSnapshot.Parity(List.of("IL", "PS"), 1),
                "scheduled", "organizer-bob");
        conforms(SESSION_SCHEDULED, EVENT, session);
        conforms(SESSION_CHANGED, EVENT, session);
        conforms(SESSION_CANCELLED, EVENT, new SessionSnapshot(session.sessionId(), EVENT, "Opening", "session",
                "civil-society", null, START, START.plusHours(2), 40, null, "cancelled", "organizer-bob"));
        String group = id();
        conforms(WORKING_GROUP_FORMED, EVENT, new WorkingGroupFormed(group, EVENT, null, "Water", null,
                "organizer-bob"));
        WorkingGroupMemberChanged member = new WorkingGroupMemberChanged(group, EVENT, "Water", id(),
                "cso-alice", "alice@example.org", "Alice", "organizer-bob");
        conforms(WORKING_GROUP_MEMBER_ADDED, EVENT, member);
        conforms(WORKING_GROUP_MEMBER_REMOVED, EVENT, member);
        conforms(WORKING_GROUP_CHAIR_NAMED, EVENT, member);
        conforms(WORKING_GROUP_OUTPUT_ADDED, EVENT, new WorkingGroupOutputAdded(group, EVENT, "Water",
                id(), "Shared principles", "shared-principles", null, true, "cso-alice"));
        for (String status : List.of("requested", "confirmed", "waitlisted", "offered", "rejected", "cancelled",
                "expired")) {
            String registration = id();
            conforms(registrationReached(status), registration, new RegistrationChanged(registration, EVENT, status,
                    "cso-alice", "alice@example.org", null, "GB", 2, "waitlisted".equals(status) ? 3L : null,
                    "offered".equals(status) ? START.minusDays(3) : null, null, "organizer-bob"));
        }
        String invitation = id();
        conforms(INVITATION_SENT, invitation, new InvitationSent(invitation, EVENT, "Summit", "guest@example.org",
                SealedText.seal("k1", new byte[32], "q8Zr0vXcT1mN4bY7kLp2sW9dF3gH6jA5uE0iO", invitation),
                START.minusDays(7), "organizer-bob"));
        conforms(INVITATION_REVOKED, invitation, new InvitationChanged(invitation, EVENT, "Summit",
                "guest@example.org", "revoked", 1, "organizer-bob"));
        conforms(INVITATION_DECLINED, invitation, new InvitationChanged(invitation, EVENT, "Summit",
                "guest@example.org", "declined", 0, null));
    }

    @Test
    void aRegistrationStatusNamesItsType() {
        assertEquals(REGISTRATION_OFFERED, registrationReached("offered"));
        assertEquals(REGISTRATION_OFFERED, registrationType(REGISTRATION_OFFERED.type()).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> registrationReached("lost"));
    }

    @Test
    void everySchemaBelongsToOneType() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/events"))) {
            Set<String> schemas = files.map(p -> "events/" + p.getFileName()).collect(Collectors.toSet());
            assertEquals(schemas, types().stream().map(EventType::schemaResource).collect(Collectors.toSet()));
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static EventSnapshot event(String status) {
        return new EventSnapshot(EVENT, "Summit", "summit", "Jerusalem, YMCA", "Asia/Jerusalem", START,
                START.plusDays(1), "members-only", 50, null, status, "organizer-bob", "organizer-bob");
    }

    private static <T> void conforms(EventType<T> type, String subject, T data) {
        EventContract.assertConforms(type, EventContract.sampleEvent(type, SOURCE, subject, data));
    }
}
