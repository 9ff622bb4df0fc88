package org.iccsp.events.organization;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.events.Actors;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.organization.persistence.KnownOrganization;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** Registering on behalf of an organisation needs the directory to have verified it (learned from Kafka). */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class VerifiedOrganisationTest {
    static final String TOPIC = "directory.organizations";
    static final String VERIFIED_ORG = "org-events-verified";
    static final String PENDING_ORG = "org-events-pending";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    final EventPlanner planner;

    VerifiedOrganisationTest(EventPlanner planner) {
        this.planner = planner;
    }

    static String registered(String orgId, String status) {
        return """
                {"specversion":"1.0","id":"%s","source":"/iccsp/directory-service",
                 "type":"org.iccsp.directory.organization.registered.v1","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"organizationId":"%s","legalName":"Jerusalem Youth Chorus","type":"ngo","country":"IL",
                         "sectors":["arts-and-music"],"status":"%s","contactEmail":"c@example.org","registeredBy":"x"}}
                """.formatted(UUID.randomUUID(), orgId, OffsetDateTime.now(), orgId, status);
    }

    static String statusChange(String orgId, String verb) {
        return """
                {"specversion":"1.0","id":"%s","source":"/iccsp/directory-service",
                 "type":"org.iccsp.directory.organization.%s.v1","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":{"organizationId":"%s"}}
                """.formatted(UUID.randomUUID(), verb, orgId, OffsetDateTime.now(), orgId);
    }

    static String statusOf(String org) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KnownOrganization known = KnownOrganization.findById(org);
            return known == null ? null : known.status;
        });
    }

    @Test
    void theDirectorysEventsTellWhichOrganisationsAreVerified() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String org = "org-" + UUID.randomUUID();
        String registeredEvent = registered(org, "pending");
        kafka.send(TOPIC, org, registeredEvent);
        kafka.send(TOPIC, org, registeredEvent); // redelivered: processed once
        await().atMost(Duration.ofSeconds(30)).until(() -> "pending".equals(statusOf(org)));
        kafka.send(TOPIC, org, statusChange(org, "verified"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "verified".equals(statusOf(org)));
        kafka.send(TOPIC, org, statusChange(org, "rejected"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "rejected".equals(statusOf(org)));
        assertEquals("Jerusalem Youth Chorus", QuarkusTransaction.requiringNew()
                .call(() -> KnownOrganization.<KnownOrganization>findById(org).legalName), "name kept");
        kafka.send(TOPIC, org, """
                {"specversion":"1.0","id":"%s","source":"/iccsp/directory-service",
                 "type":"org.iccsp.directory.organization.updated.v1","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":{"organizationId":"%s","legalName":"JYC",
                 "status":"verified","changedFields":["legalName"],"updatedBy":"admin"}}
                """.formatted(UUID.randomUUID(), org, OffsetDateTime.now(), org));
        await().atMost(Duration.ofSeconds(30)).until(() -> "verified".equals(statusOf(org)));
        assertEquals("JYC", QuarkusTransaction.requiringNew()
                .call(() -> KnownOrganization.<KnownOrganization>findById(org).legalName), "renamed");
    }

    static String lifecycle(String orgId, String verb, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/iccsp/directory-service",
                 "type":"org.iccsp.directory.organization.%s.v1","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), verb, orgId, OffsetDateTime.now(), data);
    }

    static KnownOrganization known(String org) {
        return QuarkusTransaction.requiringNew().call(() -> KnownOrganization.findById(org));
    }

    @Test
    void aDeactivatedOrganisationIsNotVerifiedUntilReactivatedAndAnErasedOneKeepsOnlyItsId() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String org = "org-" + UUID.randomUUID();
        kafka.send(TOPIC, org, registered(org, "verified"));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> KnownOrganization.isVerified(org)));
        kafka.send(TOPIC, org, lifecycle(org, "deactivated",
                "{\"organizationId\":\"%s\",\"status\":\"verified\",\"deactivatedBy\":\"cso\"}".formatted(org)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !known(org).active);
        assertTrue(!QuarkusTransaction.requiringNew().call(() -> KnownOrganization.isVerified(org)));
        assertEquals("Jerusalem Youth Chorus", known(org).legalName, "a deactivated one keeps its name");
        kafka.send(TOPIC, org, lifecycle(org, "reactivated", ("{\"organizationId\":\"%s\",\"legalName\":\"JYC\","
                + "\"status\":\"verified\",\"reactivatedBy\":\"cso\"}").formatted(org)));
        await().atMost(Duration.ofSeconds(30)).until(() -> known(org).active);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> KnownOrganization.isVerified(org)));
        assertEquals("JYC", known(org).legalName);
        kafka.send(TOPIC, org, lifecycle(org, "erased", ("{\"organizationId\":\"%s\",\"requestedBy\":\"cso\","
                + "\"confirmedBy\":\"admin\",\"erasedAt\":\"2026-12-07T22:00:00Z\",\"legalBasis\":\"art. 17(3)(b)\"}")
                .formatted(org)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "Erased organisation".equals(known(org).legalName));
        assertTrue(!known(org).active, "an erased organisation is never registered on behalf of");
    }

    @Test
    void aRecordWithoutAnOrganisationGoesToTheDeadLetterTopic() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String key = "org-" + UUID.randomUUID();
        kafka.send(TOPIC, key, statusChange("", "verified"));
        String after = "org-" + UUID.randomUUID();
        kafka.send(TOPIC, key, registered(after, "verified"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "verified".equals(statusOf(after)));
        assertEquals(1, kafka.await(TOPIC + ".dlq", r -> key.equals(r.key()), 1, Duration.ofSeconds(20)).size());
    }

    @Test
    @TestSecurity(user = "cso-verified", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = VERIFIED_ORG))
    void aCsoUserOfAVerifiedOrganisationRegistersOnItsBehalfAndItsLetterNamesIt() throws Exception {
        new TopicProbe(bootstrapServers).send(TOPIC, VERIFIED_ORG, registered(VERIFIED_ORG, "verified"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "verified".equals(statusOf(VERIFIED_ORG)));
        UUID event = planner.schedule(Actors.event("Civil-society days", Visibility.PUBLIC, 50).command(),
                Actors.ORGANISER).id;
        String id = given().contentType(ContentType.JSON).body("{\"onBehalfOfOrganization\": true}")
                .when().post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(201).body("organizationId", equalTo(VERIFIED_ORG)).body("status", equalTo("confirmed"))
                .extract().path("id");
        byte[] letter = given().get("/api/v1/registrations/" + id + "/letter.pdf").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("On behalf of: Jerusalem Youth Chorus (" + VERIFIED_ORG + ")"), text);
        }
    }

    @Test
    @TestSecurity(user = "cso-pending", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = PENDING_ORG))
    void anUnverifiedOrganisationCannotRegisterAndNothingIsWritten() {
        new TopicProbe(bootstrapServers).send(TOPIC, PENDING_ORG, registered(PENDING_ORG, "pending"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "pending".equals(statusOf(PENDING_ORG)));
        UUID event = planner.schedule(Actors.event("Civil-society days", Visibility.PUBLIC, 50).command(),
                Actors.ORGANISER).id;
        long registrations = Registration.count();
        long outbox = OutboxEvent.count();
        given().contentType(ContentType.JSON).body("{\"onBehalfOfOrganization\": true}")
                .when().post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("onBehalfOfOrganization"));
        assertEquals(registrations, Registration.count());
        assertEquals(outbox, OutboxEvent.count());
    }

    @Test
    @TestSecurity(user = "cso-unlinked", roles = "cso")
    void aUserWithoutAnOrganisationClaimCannotRegisterForOne() {
        UUID event = planner.schedule(Actors.event("Civil-society days", Visibility.PUBLIC, 50).command(),
                Actors.ORGANISER).id;
        given().contentType(ContentType.JSON).body("{\"onBehalfOfOrganization\": true}")
                .when().post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
