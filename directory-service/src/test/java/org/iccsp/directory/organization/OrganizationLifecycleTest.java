package org.iccsp.directory.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.iccsp.directory.organization.domain.OrganizationEditor;
import org.iccsp.directory.organization.domain.OrganizationLifecycle;
import org.iccsp.directory.organization.domain.OrganizationLifecycleService;
import org.iccsp.directory.organization.messaging.OrganizationEvents;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.organization.persistence.OrganizationChange;
import org.iccsp.directory.organization.persistence.OrganizationErasure;
import org.iccsp.directory.project.domain.ProjectCatalogue;
import org.iccsp.directory.project.domain.ProjectDetails;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.iccsp.platform.web.Caller;
import org.junit.jupiter.api.Test;

/** Deactivation, reactivation and erasure on request, with ETag/If-Match on every read and change. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class OrganizationLifecycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String OWNED = "org-lifecycle-owned";
    static final String ERASED = "org-lifecycle-erased";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A verified, publicly listed organisation with contacts, a description and one project; returns its id. */
    static String listed(String id, String word) {
        Fixtures.register(Fixtures.cso(id), Fixtures.profile("Lifecycle " + word, """
                "publicListing": true, "description": "Run by Dana Levi, %s", "city": "Haifa",
                "contacts": [{"name": "Dana Levi", "role": "director", "email": "dana@example.org", "phone": "+972 4 555 0101"}],
                "visibility": {"contacts": "public", "contactEmail": "public"}""".formatted(word)));
        Fixtures.verify(id);
        return id;
    }

    static String project(String organizationId, String title) {
        try {
            ProjectDetails details = Arc.container().instance(ObjectMapper.class).get().readValue("""
                    {"title": "%s", "description": "Led by Dana Levi", "sectors": ["education"], "country": "IL",
                     "city": "Haifa", "status": "active"}""".formatted(title), ProjectDetails.class);
            return Arc.container().instance(ProjectCatalogue.class).get().create(organizationId, details,
                    Fixtures.cso(organizationId)).id;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static OrganizationLifecycleService lifecycle() {
        return Arc.container().instance(OrganizationLifecycleService.class).get();
    }

    @Test
    void aDeactivatedOrganisationLeavesEveryPublicListingUntilReactivated() {
        String word = Fixtures.uniqueWord();
        String id = listed("org-lifecycle-" + UUID.randomUUID(), word);
        String projectId = project(id, "Choir " + word);
        given().when().get("/api/v1/organizations/" + id).then().statusCode(200).body("lifecycle", equalTo("active"));
        given().queryParam("q", word).queryParam("facets", true).when().get("/api/v1/organizations").then()
                .statusCode(200).body("items.id", hasItem(id)).body("facets.type.ngo", notNullValue());

        lifecycle().deactivate(id, null, Fixtures.cso(id));

        given().when().get("/api/v1/organizations/" + id).then().statusCode(404);
        given().queryParam("q", word).queryParam("facets", true).when().get("/api/v1/organizations").then()
                .statusCode(200).body("items", empty()).body("facets.type.ngo", nullValue());
        given().when().get("/api/v1/organizations/" + id + "/projects").then().statusCode(404);
        given().when().get("/api/v1/projects/" + projectId).then().statusCode(404);
        given().queryParam("q", word).when().get("/api/v1/projects").then().statusCode(200).body("id", empty());

        lifecycle().reactivate(id, null, Fixtures.cso(id));

        given().when().get("/api/v1/organizations/" + id).then().statusCode(200).body("lifecycle", equalTo("active"));
        given().queryParam("q", word).when().get("/api/v1/projects").then().statusCode(200)
                .body("id", equalTo(List.of(projectId)));
        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .await(OrganizationEvents.TOPIC, r -> id.equals(r.key()), 4, Duration.ofSeconds(20));
        assertEquals(OrganizationEvents.DEACTIVATED, type(records.get(2).value()));
        assertEquals(OrganizationEvents.REACTIVATED, type(records.get(3).value()));
        EventContract.assertConforms("events/organization-deactivated.v1.json", records.get(2).value());
        EventContract.assertConforms("events/organization-reactivated.v1.json", records.get(3).value());
    }

    @Test
    @TestSecurity(user = "cso-lifecycle", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = OWNED))
    void theOwnerDeactivatesWithIfMatchStillSeesItAndRequestsAndWithdrawsAnErasure() {
        if (Organization.findById(OWNED) == null) {
            listed(OWNED, Fixtures.uniqueWord());
        }
        String tag = given().when().get("/api/v1/organizations/" + OWNED).then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        given().header("If-Match", "\"nonsense\"").when().post("/api/v1/organizations/" + OWNED + "/deactivation")
                .then().statusCode(412).contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        String deactivated = given().header("If-Match", tag).when().post("/api/v1/organizations/" + OWNED + "/deactivation")
                .then().statusCode(200).body("lifecycle", equalTo("deactivated")).extract().header("ETag");
        assertNotEquals(tag, deactivated, "a change names a new version");
        given().header("If-Match", tag).when().delete("/api/v1/organizations/" + OWNED + "/deactivation")
                .then().statusCode(412); // stale
        given().when().get("/api/v1/organizations/" + OWNED).then().statusCode(200)
                .body("lifecycle", equalTo("deactivated")).header("ETag", equalTo(deactivated));
        given().header("If-Match", deactivated).when().post("/api/v1/organizations/" + OWNED + "/deactivation")
                .then().statusCode(409);

        given().when().post("/api/v1/organizations/" + OWNED + "/erasure-request").then().statusCode(428)
                .body("errors[0].field", equalTo("If-Match"));
        String requested = given().header("If-Match", deactivated)
                .when().post("/api/v1/organizations/" + OWNED + "/erasure-request")
                .then().statusCode(200).body("lifecycle", equalTo("erasure-requested"))
                .body("erasure.requestedBy", equalTo("cso-lifecycle")).body("erasure.erasedAt", nullValue())
                .extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", requested).body("{\"legalBasis\": \"art. 17\"}")
                .when().post("/api/v1/organizations/" + OWNED + "/erasure").then().statusCode(403);
        given().contentType("application/merge-patch+json").header("If-Match", requested).body("{\"city\": \"Akko\"}")
                .when().patch("/api/v1/organizations/" + OWNED).then().statusCode(409);
        given().when().delete("/api/v1/organizations/" + OWNED + "/erasure-request").then().statusCode(428);
        String withdrawn = given().header("If-Match", requested)
                .when().delete("/api/v1/organizations/" + OWNED + "/erasure-request")
                .then().statusCode(200).body("lifecycle", equalTo("deactivated")).body("erasure", nullValue())
                .extract().header("ETag");
        given().header("If-Match", withdrawn).when().delete("/api/v1/organizations/" + OWNED + "/deactivation")
                .then().statusCode(200).body("lifecycle", equalTo("active"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> OrganizationErasure.findById(OWNED)));
    }

    @Test
    @TestSecurity(user = "cso-lifecycle-patch", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = "org-lifecycle-patch"))
    void aPatchHonoursIfMatchAndAStaleOneChangesNothing() {
        String id = "org-lifecycle-patch";
        if (Organization.findById(id) == null) {
            listed(id, Fixtures.uniqueWord());
        }
        String tag = given().when().get("/api/v1/organizations/" + id).then().statusCode(200).extract().header("ETag");
        String city = given().when().get("/api/v1/organizations/" + id).then().extract().path("city");
        String next = city.equals("Akko") ? "Jaffa" : "Akko";
        String changed = given().contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"city\": \"" + next + "\"}").when().patch("/api/v1/organizations/" + id)
                .then().statusCode(200).body("city", equalTo(next)).extract().header("ETag");
        assertNotEquals(tag, changed);
        given().contentType("application/merge-patch+json").header("If-Match", tag).body("{\"city\": \"Nablus\"}")
                .when().patch("/api/v1/organizations/" + id).then().statusCode(412);
        given().contentType("application/merge-patch+json").header("If-Match", "nonsense").body("{\"city\": \"Nablus\"}")
                .when().patch("/api/v1/organizations/" + id).then().statusCode(412);
        given().when().get("/api/v1/organizations/" + id).then().body("city", equalTo(next)).header("ETag", equalTo(changed));
        // optional here: without If-Match the edit goes through (the pages that edit keep working)
        given().contentType("application/merge-patch+json").body("{\"city\": \"" + city + "\"}")
                .when().patch("/api/v1/organizations/" + id).then().statusCode(200).header("ETag", not(equalTo(changed)));
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void aVerificationDecisionWithAStaleTagIsRefused() {
        String id = "org-lifecycle-review-" + UUID.randomUUID();
        Fixtures.register(Fixtures.cso(id), Fixtures.profile("Review " + id, ""));
        String tag = given().when().get("/api/v1/organizations/" + id).then().statusCode(200).extract().header("ETag");
        lifecycle().deactivate(id, null, Fixtures.cso(id)); // someone changed it meanwhile
        given().contentType(ContentType.JSON).header("If-Match", tag).body("{\"decision\": \"verify\"}")
                .when().post("/api/v1/organizations/" + id + "/verification").then().statusCode(412);
        given().when().get("/api/v1/organizations/" + id).then().body("status", equalTo("pending"));
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void theSecretariatConfirmsAnErasureAndThePersonalDataIsOverwrittenInPlace() throws Exception {
        String id = ERASED + "-" + UUID.randomUUID();
        String word = Fixtures.uniqueWord();
        listed(id, word);
        String projectId = project(id, "Garden " + word);
        Caller owner = Fixtures.cso(id);
        Arc.container().instance(OrganizationEditor.class).get().edit(id,
                JSON.readTree("{\"description\": \"Now run by Yusuf Haddad\"}"), null, owner);

        // confirming without the owner's request: nothing to confirm
        String tag = given().when().get("/api/v1/organizations/" + id).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", tag).body("{\"legalBasis\": \"art. 17\"}")
                .when().post("/api/v1/organizations/" + id + "/erasure").then().statusCode(409);

        lifecycle().requestErasure(id, "*", owner);
        String requested = given().when().get("/api/v1/organizations/" + id).then().statusCode(200)
                .body("lifecycle", equalTo("erasure-requested")).extract().header("ETag");
        String basis = "GDPR art. 17(3)(b): grant decisions are kept 10 years";
        given().contentType(ContentType.JSON).body("{\"legalBasis\": \"" + basis + "\"}")
                .when().post("/api/v1/organizations/" + id + "/erasure").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"nonsense\"").body("{\"legalBasis\": \"" + basis + "\"}")
                .when().post("/api/v1/organizations/" + id + "/erasure").then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", requested).body("{\"legalBasis\": \"  \"}")
                .when().post("/api/v1/organizations/" + id + "/erasure").then().statusCode(400)
                .body("errors.field", hasItem("legalBasis"));
        given().contentType(ContentType.JSON).header("If-Match", requested).body("{\"legalBasis\": \"x\", \"why\": 1}")
                .when().post("/api/v1/organizations/" + id + "/erasure").then().statusCode(400);
        given().when().get("/api/v1/organizations/" + id).then().body("lifecycle", equalTo("erasure-requested"));

        String erased = given().contentType(ContentType.JSON).header("If-Match", requested)
                .body("{\"legalBasis\": \"" + basis + "\"}").when().post("/api/v1/organizations/" + id + "/erasure")
                .then().statusCode(200).body("lifecycle", equalTo("erased"))
                .body("legalName", equalTo("Erased organisation")).body("description", nullValue())
                .body("contactEmail", nullValue()).body("contacts", empty()).body("city", nullValue())
                .body("erasure.requestedBy", equalTo("cso-" + id)).body("erasure.confirmedBy", equalTo("admin-carol"))
                .body("erasure.legalBasis", equalTo(basis)).body("erasure.erasedAt", notNullValue())
                .extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", erased).body("{\"legalBasis\": \"again\"}")
                .when().post("/api/v1/organizations/" + id + "/erasure").then().statusCode(409);

        // overwritten in place: nothing of the people or their words is left in the rows
        QuarkusTransaction.requiringNew().run(() -> {
            Organization row = Organization.findById(id);
            assertEquals(OrganizationLifecycle.ERASED, row.lifecycle);
            assertEquals("Erased organisation", row.legalName);
            assertNull(row.contactEmail);
            assertTrue(row.contacts.isEmpty());
            assertNull(row.description);
            assertEquals(0, row.registryIds.length);
            Project p = Project.findById(projectId);
            assertEquals("Erased project", p.title);
            assertNull(p.description);
            String history = OrganizationChange.of(id).stream().map(c -> c.field + "=" + c.oldValue + "->" + c.newValue)
                    .reduce("", String::concat);
            assertFalse(history.contains("Dana") || history.contains("Yusuf") || history.contains("office@example.org"),
                    history);
            assertTrue(OrganizationChange.of(id).stream().anyMatch(c -> c.field.equals("description")
                    && c.newValue.contains("[erased]")), "the change stays, its values redacted");
            assertTrue(OrganizationChange.of(id).stream().anyMatch(c -> c.field.equals("status")
                    && c.newValue.contains("verified")), "decisions stay readable");
        });
        given().when().get("/api/v1/organizations/" + id + "/history").then().statusCode(200)
                .body("findAll { it.field == 'lifecycle' }.newValue", hasItem("erased"));
        given().queryParam("q", word).when().get("/api/v1/organizations").then().body("items", empty());

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .await(OrganizationEvents.TOPIC, r -> id.equals(r.key()) && r.value().contains(OrganizationEvents.ERASED),
                        1, Duration.ofSeconds(20));
        String event = records.get(0).value();
        EventContract.assertConforms("events/organization-erased.v1.json", event);
        assertFalse(event.contains("Dana") || event.contains("example.org") || event.contains(word), event);
        assertEquals(basis, JSON.readTree(event).get("data").get("legalBasis").asText());
    }

    private static String type(String cloudEvent) {
        try {
            JsonNode node = JSON.readTree(cloudEvent);
            return node.get("type").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
