package org.iccsp.directory.organization;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.directory.organization.messaging.OrganizationEvents;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class OrganizationRegistrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static String body(String legalName, String email) {
        return """
                {"legalName": "%s", "nameAr": "جوقة القدس للشباب", "nameHe": "מקהלת הנוער של ירושלים",
                 "type": "ngo", "country": "PS-GZA", "city": "Gaza", "website": "https://example.org",
                 "contactEmail": "%s", "sectors": ["arts-and-music", "dialogue-and-reconciliation"]}
                """.formatted(legalName, email);
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void adminAddsVerifiedOrganisationAndTheOutboxPublishesAConformingEvent() throws Exception {
        String name = "Jerusalem Youth Chorus " + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).body(body(name, "chorus@example.org"))
                .when().post("/api/v1/organizations")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("verified"))
                .body("nameAr", equalTo("جوقة القدس للشباب"))
                .body("nameHe", equalTo("מקהלת הנוער של ירושלים"))
                .extract().path("id");

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .await(OrganizationEvents.TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        String event = records.get(0).value();
        EventContract.assertConforms("events/organization-registered.v1.json", event);
        JsonNode data = JSON.readTree(event).get("data");
        assertEquals(name, data.get("legalName").asText());
        assertEquals("chorus@example.org", data.get("contactEmail").asText());

        OutboxEvent row = OutboxEvent.find("aggregateId", id).firstResult();
        assertNotNull(row.sentAt, "marked sent only after the broker acknowledged");
    }

    @Test
    @TestSecurity(user = "cso-bashir", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = "org-test-bashir"))
    void csoRegistersItsOwnOrganisationOnceAndItStaysPrivateUntilVerified() {
        given().contentType(ContentType.JSON).body(body("Heartbeat", "heartbeat@example.org"))
                .when().post("/api/v1/organizations")
                .then().statusCode(201)
                .body("id", equalTo("org-test-bashir"))
                .body("status", equalTo("pending"));

        given().contentType(ContentType.JSON).body(body("Heartbeat again", "heartbeat@example.org"))
                .when().post("/api/v1/organizations")
                .then().statusCode(409).contentType("application/problem+json");

        given().when().get("/api/v1/organizations/org-test-bashir").then().statusCode(200);
    }

    @Test
    void anonymousCannotSeeAPendingOrganisationOrRegister() {
        // whether or not the CSO test has registered it yet, a pending organisation is a 404 to anonymous
        given().when().get("/api/v1/organizations/org-test-bashir").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body("Anon", "a@example.org"))
                .when().post("/api/v1/organizations").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "cso-nobody", roles = "cso")
    void csoWithoutAnOrganisationClaimIsForbidden() {
        given().contentType(ContentType.JSON).body(body("No claim", "x@example.org"))
                .when().post("/api/v1/organizations")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        long organisations = Organization.count();
        long outbox = OutboxEvent.count();

        given().contentType(ContentType.JSON).body(body("Bad country", "x@example.org").replace("PS-GZA", "XX"))
                .when().post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("country"));
        given().contentType(ContentType.JSON).body(body("Bad sector", "x@example.org").replace("arts-and-music", "juggling"))
                .when().post("/api/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("sectors[0]"))
                .body("errors.message", hasItem("unknown sector juggling"));
        given().contentType(ContentType.JSON).body(body("Bad email", "not-an-email"))
                .when().post("/api/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("contactEmail"));
        given().contentType(ContentType.JSON).body(body("x".repeat(201), "x@example.org"))
                .when().post("/api/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("legalName"));
        given().contentType(ContentType.JSON).body("{\"legalName\": ")
                .when().post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json");

        assertEquals(organisations, Organization.count());
        assertEquals(outbox, OutboxEvent.count());
    }

    @Test
    void sectorsAreTheTaxonomy() {
        given().when().get("/api/v1/sectors").then().statusCode(200)
                .body("code", hasItem("environment-and-water"))
                .body("size()", equalTo(11));
    }
}
