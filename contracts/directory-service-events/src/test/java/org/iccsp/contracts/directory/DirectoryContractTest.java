package org.iccsp.contracts.directory;

import static org.iccsp.contracts.directory.DirectoryContract.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** directory-service's payload records and JSON Schemas say the same thing, and what the records write conforms. */
class DirectoryContractTest {
    private static final String SOURCE = "/iccsp/directory-service";

    static List<EventType<?>> types() {
        return EventContract.typesOf(DirectoryContract.class);
    }

    @ParameterizedTest
    @MethodSource("types")
    void theRecordAndTheSchemaAgree(EventType<?> type) {
        EventContract.assertRecordMatchesSchema(type);
    }

    @Test
    void samplePayloadsConformToTheirSchemas() {
        String org = "0b6f5b5e-5d1a-4c1e-9a57-6a1f0d7e2c11";
        conforms(ORGANIZATION_REGISTERED, org, new OrganizationRegistered(org, "Jerusalem Youth Chorus", "ngo", "IL",
                List.of("arts-and-music"), "pending", "chorus@example.org", "cso-alice"));
        conforms(ORGANIZATION_VERIFIED, org, new OrganizationVerified(org, "Jerusalem Youth Chorus",
                "chorus@example.org", null, "admin-carol"));
        conforms(ORGANIZATION_REJECTED, org, new OrganizationRejected(org, "Jerusalem Youth Chorus",
                "chorus@example.org", "No registration number", "admin-carol"));
        conforms(ORGANIZATION_UPDATED, org, new OrganizationUpdated(org, "Jerusalem Youth Chorus", "verified",
                List.of("description"), "cso-alice"));
        conforms(ORGANIZATION_DEACTIVATED, org, new OrganizationDeactivated(org, "verified", "cso-alice"));
        conforms(ORGANIZATION_REACTIVATED, org, new OrganizationReactivated(org, "Jerusalem Youth Chorus", "verified",
                "cso-alice"));
        conforms(ORGANIZATION_ERASED, org, new OrganizationErased(org, "cso-alice", "admin-carol",
                java.time.OffsetDateTime.parse("2026-12-07T22:00:00Z"), "GDPR art. 17(3)(b): grant records kept 10 years"));
        String project = "5f0c1f9e-2f6d-4a5e-8d0b-0e3b1d2c4a55";
        conforms(PROJECT_CREATED, project, new ProjectCreated(project, org, "Joint choir", List.of("arts-and-music"),
                List.of("7a9e2b1c-3d4f-4e5a-9b6c-1d2e3f4a5b6c"), true, "planned", "cso-alice"));
        conforms(PROJECT_UPDATED, project, new ProjectUpdated(project, org, "Joint choir", List.of("title"), true,
                "active", "cso-alice"));
        conforms(PROJECT_DEACTIVATED, project, new ProjectDeactivated(project, org, "cso-alice"));
        conforms(PROJECT_REACTIVATED, project, new ProjectReactivated(project, org, "admin-carol"));
    }

    /** What a careless change looks like: the verifier renamed in the record only. */
    record RenamedVerifier(String organizationId, String legalName, String contactEmail, String reason,
            String approvedBy) {
    }

    /** What another looks like: a count where the schema has a name. */
    record RetypedName(String organizationId, int legalName, String contactEmail, String reason, String verifiedBy) {
    }

    @Test
    void aRecordThatNoLongerMatchesItsSchemaFails() {
        AssertionError renamed = assertThrows(AssertionError.class, () -> EventContract.assertRecordMatchesSchema(
                EventType.of(ORGANIZATIONS_TOPIC, "directory", "organization", "verified", RenamedVerifier.class)));
        assertTrue(renamed.getMessage().contains("data.approvedBy: in the record, not in the schema"), renamed.getMessage());
        assertTrue(renamed.getMessage().contains("data.verifiedBy: in the schema, not in the record"), renamed.getMessage());
        AssertionError retyped = assertThrows(AssertionError.class, () -> EventContract.assertRecordMatchesSchema(
                EventType.of(ORGANIZATIONS_TOPIC, "directory", "organization", "verified", RetypedName.class)));
        assertTrue(retyped.getMessage().contains("data.legalName: the record has int (integer)"), retyped.getMessage());
    }

    @Test
    void theSharedEnvelopeIsEnforced() {
        String org = "0b6f5b5e-5d1a-4c1e-9a57-6a1f0d7e2c11";
        String event = EventContract.sampleEvent(ORGANIZATION_VERIFIED, SOURCE, org,
                new OrganizationVerified(org, "Chorus", "chorus@example.org", null, "admin-carol"));
        AssertionError noSchema = assertThrows(AssertionError.class, () -> EventContract.assertConforms(
                ORGANIZATION_VERIFIED, event.replaceAll(",\"dataschema\":\"[^\"]+\"", "")));
        assertTrue(noSchema.getMessage().contains("dataschema"), noSchema.getMessage());
        assertThrows(AssertionError.class, () -> EventContract.assertConforms(ORGANIZATION_VERIFIED,
                event.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\"")));
    }

    @Test
    void everySchemaBelongsToOneType() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/events"))) {
            Set<String> schemas = files.map(p -> "events/" + p.getFileName()).collect(Collectors.toSet());
            assertEquals(schemas, types().stream().map(EventType::schemaResource).collect(Collectors.toSet()));
        }
    }

    private static <T> void conforms(EventType<T> type, String subject, T data) {
        EventContract.assertConforms(type, EventContract.sampleEvent(type, SOURCE, subject, data));
    }
}
