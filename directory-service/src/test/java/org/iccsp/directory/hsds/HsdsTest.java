package org.iccsp.directory.hsds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.iccsp.directory.hsds.domain.Hsds;
import org.iccsp.directory.organization.Fixtures;
import org.iccsp.directory.organization.domain.OrganizationLifecycleService;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.project.domain.ProjectCatalogue;
import org.iccsp.directory.project.domain.ProjectDetails;
import org.iccsp.directory.project.domain.ProjectStatus;
import org.iccsp.directory.organization.domain.Sector;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The directory as HSDS 3.0: API, bulk export and Atom feed; public fields only; schemas; conditional GET. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class HsdsTest {
    private static final String OPEN = "org-hsds-open";
    private static final String GUARDED = "org-hsds-guarded";
    private static final String UNLISTED = "org-hsds-unlisted";
    private static final String GONE = "org-hsds-deactivated";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void directory() {
        if (Organization.findById(OPEN) != null) {
            return;
        }
        Fixtures.register(Fixtures.cso(OPEN), Fixtures.profile("Open Hands", """
                "nameEn": "Open Hands Society", "description": "Youth dialogue camps", "city": "Haifa",
                "website": "https://open.example.org", "languages": ["he", "ar"], "registryIds": ["IL-RA-580197770"],
                "contacts": [{"name": "Dana Public", "role": "Director", "email": "dana@open.example.org", "phone": "+972 4 555 0100"}],
                "publicListing": true, "visibility": {"contacts": "public", "contactEmail": "public"}"""));
        Fixtures.verify(OPEN);
        Fixtures.register(Fixtures.cso(GUARDED), Fixtures.profile("Guarded Trust", """
                "description": "hsdssecretdescription", "city": "hsdssecretcity", "website": "https://guarded.example.org",
                "registryIds": ["IL-RA-580197788"],
                "contacts": [{"name": "hsdshiddenperson", "email": "hidden@guarded.example.org"}], "publicListing": true,
                "visibility": {"description": "members", "city": "private", "registryIds": "members"}"""));
        Fixtures.verify(GUARDED);
        Fixtures.register(Fixtures.cso(UNLISTED), Fixtures.profile("hsdsunlistedname", ""));
        Fixtures.verify(UNLISTED);
        Fixtures.register(Fixtures.cso(GONE), Fixtures.profile("hsdsdeactivatedname", "\"publicListing\": true"));
        Fixtures.verify(GONE);
        Arc.container().instance(OrganizationLifecycleService.class).get().deactivate(GONE, null, Fixtures.cso(GONE));
        ProjectCatalogue projects = Arc.container().instance(ProjectCatalogue.class).get();
        projects.create(OPEN, new ProjectDetails("Summer camp", "Two weeks in Galilee", List.of(Sector.EDUCATION), "IL",
                "Haifa", List.of(), 120, null, null, ProjectStatus.ACTIVE), Fixtures.cso(OPEN));
        projects.create(OPEN, new ProjectDetails("Old camp", null, List.of(Sector.SPORTS), null, null, List.of(), null,
                null, null, ProjectStatus.COMPLETED), Fixtures.cso(OPEN));
    }

    @Test
    void theHsdsIdIsTheNameBasedUuidThatPostgresComputesToo() {
        String id = Hsds.id("organization", OPEN).toString();
        assertEquals(UUID.nameUUIDFromBytes(("iccsp:organization:" + OPEN).getBytes(StandardCharsets.UTF_8)).toString(), id);
        given().when().get("/api/v1/hsds/organizations/" + id).then().statusCode(200).body("id", equalTo(id))
                .body("name", equalTo("Open Hands")).body("alternate_name", equalTo("Open Hands Society"));
    }

    @Test
    void oneOrganisationWithItsServicesValidatesAndShowsWhatThePublicSees() throws Exception {
        JsonNode open = JSON.readTree(given().when().get("/api/v1/hsds/organizations/" + Hsds.id("organization", OPEN))
                .then().statusCode(200).extract().asString());
        HsdsSchemas.assertValid(HsdsSchemas.ORGANIZATION, open);
        assertEquals("dana@open.example.org", open.at("/contacts/0/email").asText());
        assertEquals("+972 4 555 0100", open.at("/contacts/0/phones/0/number").asText());
        assertEquals("IL-RA", open.at("/organization_identifiers/0/identifier_scheme").asText());
        assertEquals("Haifa, IL", open.at("/locations/0/name").asText());
        assertEquals(2, open.get("services").size());
        for (JsonNode service : open.get("services")) {
            HsdsSchemas.assertValid(HsdsSchemas.SERVICE, service);
        }
        assertEquals("defunct", open.at("/services/0/status").asText()); // "Old camp", completed
        assertEquals("active", open.at("/services/1/status").asText());

        String guarded = given().when().get("/api/v1/hsds/organizations/" + Hsds.id("organization", GUARDED))
                .then().statusCode(200).extract().asString();
        HsdsSchemas.assertValid(HsdsSchemas.ORGANIZATION, JSON.readTree(guarded));
        for (String hidden : List.of("hsdssecretdescription", "hsdssecretcity", "hsdshiddenperson", "hidden@guarded",
                "office@example.org", "580197788")) {
            assertFalse(guarded.contains(hidden), () -> hidden + " is not public but is in " + guarded);
        }
        assertEquals("", JSON.readTree(guarded).get("description").asText());
    }

    @Test
    void organisationsThePublicMayNotSeeAreNotFound() {
        for (String id : List.of(UNLISTED, GONE)) {
            given().when().get("/api/v1/hsds/organizations/" + Hsds.id("organization", id)).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"));
        }
        given().when().get("/api/v1/hsds/organizations/not-a-uuid").then().statusCode(404);
        given().when().get("/api/v1/hsds/organizations/" + OPEN).then().statusCode(404);
    }

    @Test
    void pagesFollowHsdsAndValidate() throws Exception {
        JsonNode page = JSON.readTree(given().queryParam("per_page", 2).when().get("/api/v1/hsds/organizations")
                .then().statusCode(200).extract().asString());
        assertEquals(1, page.get("page_number").asInt());
        assertTrue(page.get("first_page").asBoolean());
        assertTrue(page.get("total_items").asLong() >= 2);
        assertEquals(2, page.get("contents").size());
        for (JsonNode organization : page.get("contents")) {
            HsdsSchemas.assertValid(HsdsSchemas.ORGANIZATION, organization);
            assertFalse(organization.has("services"));
        }
        JsonNode services = JSON.readTree(given().queryParam("organization_id", Hsds.id("organization", OPEN).toString())
                .when().get("/api/v1/hsds/services").then().statusCode(200).extract().asString());
        assertEquals(2, services.get("total_items").asInt());
        for (JsonNode service : services.get("contents")) {
            HsdsSchemas.assertValid(HsdsSchemas.SERVICE, service);
            given().when().get("/api/v1/hsds/services/" + service.get("id").asText()).then().statusCode(200)
                    .body("name", equalTo(service.get("name").asText()));
        }
        given().queryParam("per_page", 0).when().get("/api/v1/hsds/organizations").then().statusCode(400);
        given().queryParam("full", true).when().get("/api/v1/hsds/organizations").then().statusCode(400)
                .body("detail", containsString("full"));
        given().queryParam("organization_id", Hsds.id("organization", UNLISTED).toString())
                .when().get("/api/v1/hsds/services").then().statusCode(400);
    }

    @Test
    void theBulkExportStreamsEveryPublicOrganisationAsValidHsds() throws Exception {
        Response response = given().when().get("/api/v1/exports/hsds/organizations.json").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().response();
        assertNotNull(response.header("ETag"));
        assertNotNull(response.header("Last-Modified"));
        JsonNode all = JSON.readTree(response.asString());
        assertTrue(all.isArray());
        List<String> names = new ArrayList<>();
        for (JsonNode organization : all) {
            HsdsSchemas.assertValid(HsdsSchemas.ORGANIZATION, organization);
            organization.path("services").forEach(service -> HsdsSchemas.assertValid(HsdsSchemas.SERVICE, service));
            names.add(organization.get("name").asText());
        }
        assertTrue(names.containsAll(List.of("Open Hands", "Guarded Trust")), names::toString);
        String text = response.asString();
        for (String hidden : List.of("hsdsunlistedname", "hsdsdeactivatedname", "hsdssecretdescription",
                "hsdshiddenperson", "hsdssecretcity")) {
            assertFalse(text.contains(hidden), hidden + " is in the export");
        }

        String ndjson = given().queryParam("format", "ndjson").when().get("/api/v1/exports/hsds/organizations.json")
                .then().statusCode(200).contentType(startsWith("application/x-ndjson")).extract().asString();
        String[] lines = ndjson.strip().split("\n");
        assertEquals(all.size(), lines.length);
        for (String line : lines) {
            HsdsSchemas.assertValid(HsdsSchemas.ORGANIZATION, JSON.readTree(line));
        }
    }

    @Test
    void exportsAnswerConditionalGetsAndRefuseBadParametersWithAProblem() {
        Response first = given().when().get("/api/v1/exports/hsds/organizations.json").then().statusCode(200)
                .extract().response();
        String tag = first.header("ETag");
        String modified = first.header("Last-Modified");
        given().header("If-None-Match", tag).when().get("/api/v1/exports/hsds/organizations.json").then()
                .statusCode(304).header("ETag", tag);
        given().header("If-Modified-Since", modified).when().get("/api/v1/exports/hsds/organizations.json").then()
                .statusCode(304);
        given().header("If-None-Match", "\"stale\"").when().get("/api/v1/exports/hsds/organizations.json").then()
                .statusCode(200);
        given().header("If-None-Match", tag).when().get("/api/v1/feeds/directory.atom").then().statusCode(304);

        given().queryParam("format", "xml").when().get("/api/v1/exports/hsds/organizations.json").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("format"));
        given().queryParam("format", "").when().get("/api/v1/exports/hsds/organizations.json").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().queryParam("fromat", "ndjson").when().get("/api/v1/exports/hsds/organizations.json").then()
                .statusCode(400).body("detail", containsString("fromat"));

        // a change to the directory names a new version
        Fixtures.register(Fixtures.cso("org-hsds-later-" + UUID.randomUUID()), Fixtures.profile("Later", ""));
        String after = given().when().get("/api/v1/exports/hsds/organizations.json").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(tag, after);
    }

    @Test
    void theAtomFeedListsPublicVerifiedAdditionsOnly() throws Exception {
        String atom = given().when().get("/api/v1/feeds/directory.atom").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        assertTrue(texts.contains("Open Hands"), texts::toString);
        assertTrue(atom.contains("urn:uuid:" + Hsds.id("organization", OPEN)));
        for (String hidden : List.of("hsdsunlistedname", "hsdsdeactivatedname", "hsdssecretdescription")) {
            assertFalse(atom.contains(hidden), hidden + " is in the feed");
        }
        given().queryParam("limit", 5).when().get("/api/v1/feeds/directory.atom").then().statusCode(400);
    }
}
