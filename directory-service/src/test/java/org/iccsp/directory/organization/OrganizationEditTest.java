package org.iccsp.directory.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.directory.organization.messaging.OrganizationEvents;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.organization.persistence.OrganizationChange;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class OrganizationEditTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final String OWN = "org-edit-own";
    private static final String OTHER = "org-edit-other";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void organisations() {
        for (String id : List.of(OWN, OTHER)) {
            if (Organization.findById(id) == null) {
                Fixtures.register(Fixtures.cso(id), Fixtures.profile("Edit " + id, """
                        "nameHe": "מקהלה", "website": "https://old.example.org", "languages": ["he"],
                        "publicListing": true"""));
                Fixtures.verify(id);
            }
        }
    }

    @Test
    @TestSecurity(user = "cso-edit", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = OWN))
    void aCsoEditsItsOwnOrganisationWithAMergePatchAndEveryFieldChangeIsKept() throws Exception {
        given().contentType(MERGE_PATCH)
                .body("""
                        {"nameHe": "מקהלת הנוער של ירושלים", "website": null, "languages": ["he", "ar"],
                         "visibility": {"city": "private"}}""")
                .when().patch("/api/v1/organizations/" + OWN)
                .then().statusCode(200)
                .body("nameHe", equalTo("מקהלת הנוער של ירושלים"))
                .body("website", equalTo(null))
                .body("languages", contains("he", "ar"))
                .body("visibility.city", equalTo("private"))
                .body("legalName", equalTo("Edit " + OWN));

        given().when().get("/api/v1/organizations/" + OWN + "/history").then().statusCode(200)
                .body("findAll { it.field == 'nameHe' }", hasSize(1))
                .body("find { it.field == 'nameHe' }.oldValue", equalTo("מקהלה"))
                .body("find { it.field == 'nameHe' }.newValue", equalTo("מקהלת הנוער של ירושלים"))
                .body("find { it.field == 'website' }.oldValue", equalTo("https://old.example.org"))
                .body("find { it.field == 'website' }.newValue", equalTo(null))
                .body("find { it.field == 'languages' }.newValue", contains("he", "ar"))
                .body("find { it.field == 'visibility' }.newValue.city", equalTo("private"))
                .body("find { it.field == 'nameHe' }.changedBy", equalTo("cso-edit"));

        List<ConsumerRecord<String, String>> updates = new TopicProbe(bootstrapServers).await(OrganizationEvents.TOPIC,
                r -> OWN.equals(r.key()) && r.value().contains(OrganizationEvents.UPDATED), 1, Duration.ofSeconds(20));
        EventContract.assertConforms("events/organization-updated.v1.json", updates.get(0).value());
        JsonNode data = JSON.readTree(updates.get(0).value()).get("data");
        assertEquals(List.of("nameHe", "website", "languages", "visibility"),
                JSON.convertValue(data.get("changedFields"), List.class));
        assertEquals("cso-edit", data.get("updatedBy").asText());
    }

    @Test
    @TestSecurity(user = "cso-edit", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = OWN))
    void aPatchThatChangesNothingWritesNothing() {
        long history = OrganizationChange.count();
        long outbox = OutboxEvent.count();
        given().contentType(MERGE_PATCH).body("{\"legalName\": \"Edit " + OWN + "\"}")
                .when().patch("/api/v1/organizations/" + OWN).then().statusCode(200);
        assertEquals(history, OrganizationChange.count());
        assertEquals(outbox, OutboxEvent.count());
    }

    @Test
    @TestSecurity(user = "cso-edit", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = OWN))
    void editingSomeoneElsesOrganisationIsForbiddenAndBadPatchesAreA400NamingTheField() {
        long history = OrganizationChange.count();
        long outbox = OutboxEvent.count();

        given().contentType(MERGE_PATCH).body("{\"nameHe\": \"שלנו\"}")
                .when().patch("/api/v1/organizations/" + OTHER)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/organizations/" + OTHER + "/history").then().statusCode(403);

        badPatch("{\"country\": \"XX\"}", "country");
        badPatch("{\"sectors\": [\"juggling\"]}", "sectors[0]");
        badPatch("{\"registryIds\": [\"IL-RA-1\"]}", "registryIds[0]");
        badPatch("{\"website\": \"ftp://example.org\"}", "website");
        badPatch("{\"contactEmail\": \"nobody\"}", "contactEmail");
        badPatch("{\"legalName\": null}", "legalName");
        badPatch("{\"description\": \"" + "d".repeat(5001) + "\"}", "description");
        badPatch("{\"status\": \"verified\"}", "status");
        badPatch("{\"contacts\": [{\"name\": \"A\", \"email\": \"bad\"}]}", "contacts[0].email");
        badPatch("[1, 2]", "body");

        assertEquals(history, OrganizationChange.count());
        assertEquals(outbox, OutboxEvent.count());
        assertEquals("verified", Organization.<Organization>findById(OWN).status.code());
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void anAdminMayEditAnyOrganisation() {
        given().contentType(ContentType.JSON).body("{\"city\": \"Haifa\"}")
                .when().patch("/api/v1/organizations/" + OTHER)
                .then().statusCode(200).body("city", equalTo("Haifa"));
        given().when().get("/api/v1/organizations/" + OTHER + "/history").then().statusCode(200)
                .body("changedBy", hasItem("admin-carol"));
    }

    @Test
    @TestSecurity(user = "gov-gb", roles = "government")
    void aGovernmentUserCannotEdit() {
        given().contentType(ContentType.JSON).body("{\"city\": \"London\"}")
                .when().patch("/api/v1/organizations/" + OTHER)
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static void badPatch(String body, String field) {
        given().contentType(MERGE_PATCH).body(body)
                .when().patch("/api/v1/organizations/" + OWN)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
