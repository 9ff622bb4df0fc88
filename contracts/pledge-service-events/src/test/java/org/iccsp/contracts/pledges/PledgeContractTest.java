package org.iccsp.contracts.pledges;

import static org.iccsp.contracts.pledges.PledgeContract.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iccsp.contracts.EventType;
import org.iccsp.platform.testing.EventContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** pledge-service's payload records and JSON Schemas say the same thing, and what the records write conforms. */
class PledgeContractTest {
    private static final String SOURCE = "/iccsp/pledge-service";
    private static final String PLEDGE = "p-2026-0001";

    static List<EventType<?>> types() {
        return EventContract.typesOf(PledgeContract.class);
    }

    @ParameterizedTest
    @MethodSource("types")
    void theRecordAndTheSchemaAgree(EventType<?> type) {
        EventContract.assertRecordMatchesSchema(type);
    }

    @Test
    void samplePayloadsConformToTheirSchemas() {
        List<MemberShare> shares = List.of(new MemberShare("GB", "600000.00", "USD"),
                new MemberShare(null, "400000.00", "USD"));
        conforms(SUBMITTED, new PledgeSubmitted(PLEDGE, "GB", "1000000.00", "USD", "2026-01-15", List.of("education"),
                "common-resource", "iccsp-fund", null, true, "Youth exchange", shares, "gov-gb", "gov-gb@example.org"));
        conforms(SUBMITTED, new PledgeSubmitted(PLEDGE, null, "250000", "EUR", "2026-02-01", List.of("education"),
                "cso-project", "proj-7", null, false, null, null, "gov-fr", null));
        conforms(ANNOUNCED, new PledgeAnnounced(PLEDGE, "GB", "1000000.00", "USD", "2026-01-15", List.of("education"),
                "common-resource", "iccsp-fund", null, true, null, null, "e-1", "2026-01-15T10:00:00Z"));
        conforms(COMMITTED, new PledgeCommitted(PLEDGE, "GB", "1000000.00", "USD", "gov-gb"));
        conforms(DISBURSED, new PledgeDisbursed(PLEDGE, "GB", "250000.00", "USD", "2026-03-01", "250000.00", false));
        conforms(WITHDRAWN, new PledgeWithdrawn(PLEDGE, "FR", "announced", "Budget cut"));
        conforms(EMBARGO_RELEASED, new EmbargoReleased("e-1", "Donor conference", "2026-01-15T10:00:00Z",
                "embargo-clock", 2));
        conforms(ANNOUNCEMENT_RELEASED, new AnnouncementReleased("announcement-1", "Ceasefire communique", "en",
                List.of("en", "fr", "ar", "he"), "2026-01-15T10:00:00Z", "admin-dana", "ceasefire-announced",
                List.of("e-1"), List.of(PLEDGE), List.of("SA")));
        conforms(ANNOUNCEMENT_RELEASED, new AnnouncementReleased("announcement-2", "Summit statement", "fr",
                List.of("fr"), "2026-01-15T10:00:00Z", "announcement-clock", null, List.of(), List.of(), List.of("QA")));
    }

    @Test
    void everySchemaBelongsToOneType() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/events"))) {
            Set<String> schemas = files.map(p -> "events/" + p.getFileName()).collect(Collectors.toSet());
            assertEquals(schemas, types().stream().map(EventType::schemaResource).collect(Collectors.toSet()));
        }
    }

    private static <T> void conforms(EventType<T> type, T data) {
        EventContract.assertConforms(type, EventContract.sampleEvent(type, SOURCE, PLEDGE, data));
    }
}
