package org.iccsp.directory.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
class OrganizationVerificationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String pending() {
        String id = "org-review-" + UUID.randomUUID();
        return Fixtures.register(Fixtures.cso(id), Fixtures.profile("Pending " + id, "\"publicListing\": true"));
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void adminRejectsWithAReasonThenVerifiesAndBothAreAnnounced() throws Exception {
        String id = pending();

        given().contentType(ContentType.JSON).body("{\"decision\": \"reject\", \"reason\": \"registry number does not match\"}")
                .when().post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(200)
                .body("status", equalTo("rejected"))
                .body("reviewReason", equalTo("registry number does not match"));
        given().contentType(ContentType.JSON).body("{\"decision\": \"verify\", \"reason\": \"documents received\"}")
                .when().post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(200).body("status", equalTo("verified"));

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .await(OrganizationEvents.TOPIC, r -> id.equals(r.key()), 3, Duration.ofSeconds(20));
        List<String> types = records.stream().map(r -> type(r.value())).toList();
        assertEquals(List.of(OrganizationEvents.REGISTERED, OrganizationEvents.REJECTED, OrganizationEvents.VERIFIED), types,
                "one partition per organisation keeps its events in order");
        EventContract.assertConforms("events/organization-rejected.v1.json", records.get(1).value());
        EventContract.assertConforms("events/organization-verified.v1.json", records.get(2).value());
        JsonNode rejected = JSON.readTree(records.get(1).value()).get("data");
        assertEquals("registry number does not match", rejected.get("reason").asText());
        assertEquals("admin-carol", rejected.get("rejectedBy").asText());
        assertEquals("office@example.org", rejected.get("contactEmail").asText());

        given().when().get("/api/v1/organizations/" + id + "/history").then().statusCode(200)
                .body("field", hasItem("status"))
                .body("findAll { it.field == 'status' }.newValue", equalTo(List.of("rejected", "verified")));
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void invalidDecisionsAreRefusedAndWriteNothing() {
        String id = pending();
        long outbox = OutboxEvent.count();

        given().contentType(ContentType.JSON).body("{\"decision\": \"reject\"}")
                .when().post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body("{\"decision\": \"approve\"}")
                .when().post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(400).body("errors.field", hasItem("decision"));
        given().contentType(ContentType.JSON).body("{\"decision\": \"verify\"}")
                .when().post("/api/v1/organizations/org-does-not-exist/verification")
                .then().statusCode(404).contentType("application/problem+json");

        given().contentType(ContentType.JSON).body("{\"decision\": \"verify\"}")
                .when().post("/api/v1/organizations/" + id + "/verification").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"decision\": \"verify\"}")
                .when().post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(409).contentType("application/problem+json");

        assertEquals(outbox + 1, OutboxEvent.count(), "only the one valid decision was announced");
        assertEquals("verified", Organization.<Organization>findById(id).status.code());
    }

    @Test
    @TestSecurity(user = "cso-self", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = "org-review-self"))
    void aCsoCannotVerifyEvenItsOwnOrganisation() {
        if (Organization.findById("org-review-self") == null) {
            Fixtures.register(Fixtures.cso("org-review-self"), Fixtures.profile("Self review", ""));
        }
        given().contentType(ContentType.JSON).body("{\"decision\": \"verify\"}")
                .when().post("/api/v1/organizations/org-review-self/verification")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/organizations/org-review-self").then().statusCode(200)
                .body("status", equalTo("pending"));
    }

    @Test
    void anonymousCannotVerify() {
        given().contentType(ContentType.JSON).body("{\"decision\": \"verify\"}")
                .when().post("/api/v1/organizations/org-review-self/verification")
                .then().statusCode(401);
    }

    private static String type(String event) {
        try {
            return JSON.readTree(event).get("type").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
