package org.iccsp.directory.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
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
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.directory.organization.Fixtures;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.project.messaging.ProjectEvents;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.iccsp.directory.Paging;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class ProjectTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISRAELI = "org-project-il";
    private static final String PALESTINIAN = "org-project-ps";
    private static final String HIDDEN = "org-project-hidden";
    private static final String WORD = Fixtures.uniqueWord();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void organisations() {
        if (Organization.findById(ISRAELI) == null) {
            Fixtures.register(Fixtures.cso(ISRAELI), Fixtures.profile("Project IL", "\"publicListing\": true"));
            Fixtures.verify(ISRAELI);
            Fixtures.register(Fixtures.cso(PALESTINIAN), Fixtures.profile("Project PS", "\"publicListing\": true")
                    .replace("\"IL\"", "\"PS-GZA\""));
            Fixtures.verify(PALESTINIAN);
            Fixtures.register(Fixtures.cso(HIDDEN), Fixtures.profile("Project hidden", "").replace("\"IL\"", "\"PS\""));
            Fixtures.verify(HIDDEN); // verified but not publicly listed
        }
    }

    static String project(String title, String partners) {
        return """
                {"title": "%s", "description": "Shared water monitoring", "sectors": ["environment-and-water"],
                 "country": "PS", "city": "Jericho", "partnerIds": [%s], "beneficiariesPerYear": 1200,
                 "startDate": "2025-01-01", "endDate": "2026-12-31", "status": "active"}""".formatted(title, partners);
    }

    @Test
    @TestSecurity(user = "cso-il", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = ISRAELI))
    void aCsoAddsACrossBorderProjectEditsItAndBothAreAnnounced() throws Exception {
        String id = given().contentType(ContentType.JSON)
                .body(project("Jordan valley " + WORD, "\"" + PALESTINIAN + "\", \"" + HIDDEN + "\""))
                .when().post("/api/v1/organizations/" + ISRAELI + "/projects")
                .then().statusCode(201).header("Location", startsWith("http"))
                .body("crossBorder", equalTo(true))
                .body("beneficiariesPerYear", equalTo(1200))
                .body("startDate", equalTo("2025-01-01"))
                .extract().path("id");

        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"status\": \"completed\", \"beneficiariesPerYear\": 1500}")
                .when().patch("/api/v1/projects/" + id)
                .then().statusCode(200).body("status", equalTo("completed"));

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .await(ProjectEvents.TOPIC, r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        EventContract.assertConforms("events/project-created.v1.json", records.get(0).value());
        EventContract.assertConforms("events/project-updated.v1.json", records.get(1).value());
        JsonNode updated = JSON.readTree(records.get(1).value()).get("data");
        assertEquals(List.of("beneficiariesPerYear", "status"), JSON.convertValue(updated.get("changedFields"), List.class));

        // a CSO user is not a consortium member: the unlisted partner is left out for it
        given().when().get("/api/v1/organizations/" + ISRAELI + "/projects").then().statusCode(200)
                .body("find { it.id == '%s' }.partnerIds".formatted(id), contains(PALESTINIAN))
                .body("find { it.id == '%s' }.beneficiariesPerYear".formatted(id), equalTo(1500));
    }

    @Test
    void anonymousReadersDoNotSeeUnlistedPartnersOrTheirProjects() {
        String id = Fixtures.register(Fixtures.admin(), Fixtures.profile("Owner " + WORD, "\"publicListing\": true"));
        String project = createAsAdmin(id, project("Visible " + WORD, "\"" + HIDDEN + "\""));
        String hiddenProject = createAsAdmin(HIDDEN, project("Hidden " + WORD, ""));

        given().when().get("/api/v1/projects/" + project).then().statusCode(200)
                .body("partnerIds", empty())
                .body("crossBorder", equalTo(true)); // the fact stays, the unlisted partner's identity does not
        given().when().get("/api/v1/projects/" + hiddenProject).then().statusCode(404);
        given().when().get("/api/v1/organizations/" + HIDDEN + "/projects").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "gov-gb", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void projectSearchFiltersAndPagesForConsortiumMembers() {
        String word = Fixtures.uniqueWord();
        String owner = Fixtures.register(Fixtures.admin(), Fixtures.profile("Searcher " + word, ""));
        for (String title : List.of("Alpha", "Bravo", "Charlie", "Delta")) {
            createAsAdmin(owner, project(title + " " + word, "\"" + PALESTINIAN + "\""));
        }
        createAsAdmin(HIDDEN, project("Echo " + word, "").replace("environment-and-water", "health"));

        Paging.Walk walk = Paging.walk("/api/v1/projects?q=" + word + "&limit=2", "title");
        assertEquals(3, walk.pages(), "five projects, two a page: the last page has no Link");
        List<Object> titles = walk.rows();
        assertEquals(List.of("Alpha " + word, "Bravo " + word, "Charlie " + word, "Delta " + word, "Echo " + word),
                titles, "members see the unlisted organisation's project too");

        given().queryParam("q", word).queryParam("sector", "health").when().get("/api/v1/projects")
                .then().statusCode(200).body("title", contains("Echo " + word));
        given().queryParam("q", word).queryParam("cross_border", true).queryParam("organization", PALESTINIAN)
                .when().get("/api/v1/projects").then().statusCode(200)
                .body("size()", equalTo(4));
        given().queryParam("sector", "juggling").when().get("/api/v1/projects")
                .then().statusCode(400).body("errors.field", hasItem("sector"));
        given().queryParam("cursor", "%%%").when().get("/api/v1/projects")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    @TestSecurity(user = "cso-il", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = ISRAELI))
    void badProjectsAndOtherOrganisationsProjectsAreRefusedAndWriteNothing() {
        long projects = Project.count();
        long outbox = OutboxEvent.count();
        String base = "/api/v1/organizations/" + ISRAELI + "/projects";

        rejected(base, project("Self", "\"" + ISRAELI + "\""), "partnerIds[0]");
        rejected(base, project("Ghost", "\"org-does-not-exist\""), "partnerIds[0]");
        rejected(base, project("Backwards", "").replace("2026-12-31", "2024-12-31"), "endDate");
        rejected(base, project("Nowhere", "").replace("\"PS\"", "\"XX\""), "country");
        rejected(base, project("x".repeat(201), ""), "title");
        rejected(base, project("Negative", "").replace("1200", "-5"), "beneficiariesPerYear");
        rejected(base, project("Bad status", "").replace("\"active\"", "\"dormant\""), "status");
        given().contentType(ContentType.JSON).body(project("Not mine", ""))
                .when().post("/api/v1/organizations/" + PALESTINIAN + "/projects")
                .then().statusCode(403).contentType("application/problem+json");

        assertEquals(projects, Project.count());
        assertEquals(outbox, OutboxEvent.count());
    }

    private static void rejected(String path, String body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static String createAsAdmin(String organizationId, String body) {
        try {
            var details = io.quarkus.arc.Arc.container().instance(com.fasterxml.jackson.databind.ObjectMapper.class).get()
                    .readValue(body, org.iccsp.directory.project.domain.ProjectDetails.class);
            return io.quarkus.arc.Arc.container().instance(org.iccsp.directory.project.domain.ProjectCatalogue.class).get()
                    .create(organizationId, details, Fixtures.admin()).id;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
