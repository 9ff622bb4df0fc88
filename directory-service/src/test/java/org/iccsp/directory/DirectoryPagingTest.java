package org.iccsp.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.iccsp.directory.organization.Fixtures;
import org.iccsp.directory.organization.domain.OrganizationEditor;
import org.iccsp.directory.organization.domain.Sector;
import org.iccsp.directory.project.domain.ProjectCatalogue;
import org.iccsp.directory.project.domain.ProjectDetails;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/** Cursor paging of the directory's lists: Link rel=next, no row repeated or missed, bad cursors and limits refused. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class DirectoryPagingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String organisation() {
        String id = "org-paging-" + UUID.randomUUID();
        Fixtures.register(Fixtures.cso(id), Fixtures.profile("Paging " + id, "\"publicListing\": true"));
        Fixtures.verify(id);
        return id;
    }

    private static void project(String organizationId, String title) {
        try {
            ProjectDetails details = Arc.container().instance(ObjectMapper.class).get().readValue(
                    "{\"title\": \"" + title + "\", \"sectors\": [\"education\"], \"status\": \"active\"}", ProjectDetails.class);
            Arc.container().instance(ProjectCatalogue.class).get().create(organizationId, details, Fixtures.admin());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Response page(String url) {
        return given().urlEncodingEnabled(false).when().get(url).then().statusCode(200).extract().response();
    }

    @Test
    void anOrganisationsProjectsPageByTitleWithoutRepeatsOrGapsWhileRowsAreAdded() {
        String org = organisation();
        for (String title : List.of("Bravo", "delta", "Foxtrot", "hotel", "India")) {
            project(org, title);
        }
        List<String> seen = new ArrayList<>();
        Response first = page("/api/v1/organizations/" + org + "/projects?limit=2");
        seen.addAll(first.jsonPath().getList("title"));
        assertEquals(List.of("Bravo", "delta"), seen);
        project(org, "Alpha"); // before the cursor: not on a later page
        project(org, "Golf"); // after it: on a later page
        String next = Paging.next(first);
        int pages = 1;
        while (next != null) {
            Response p = page(next);
            seen.addAll(p.jsonPath().getList("title"));
            next = Paging.next(p);
            pages++;
        }
        assertEquals(List.of("Bravo", "delta", "Foxtrot", "Golf", "hotel", "India"), seen);
        assertEquals(3, pages, "the last page has no Link");
        given().queryParam("cursor", "bm9wZQ").when().get("/api/v1/organizations/" + org + "/projects")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        for (String limit : List.of("0", "501", "abc")) {
            given().queryParam("limit", limit).when().get("/api/v1/organizations/" + org + "/projects")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void theSectorsPageToo() {
        Paging.Walk walk = Paging.walk("/api/v1/sectors?limit=4", "code");
        assertEquals(Sector.values().length, walk.rows().size());
        assertEquals(new HashSet<>(walk.rows()).size(), walk.rows().size());
        assertEquals((Sector.values().length + 3) / 4, walk.pages());
        Response all = page("/api/v1/sectors");
        assertNull(all.header("Link"), "one page by default");
        given().queryParam("cursor", Paging.next(page("/api/v1/sectors?limit=1")).replaceAll(".*cursor=", "") + "x")
                .when().get("/api/v1/sectors").then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void projectSearchAndOrganisationSearchCarryLinkRelNext() {
        String word = Fixtures.uniqueWord();
        String org = organisation();
        for (String title : List.of("One ", "Two ", "Three ")) {
            project(org, title + word);
        }
        Paging.Walk projects = Paging.walk("/api/v1/projects?q=" + word + "&limit=2", "title");
        assertEquals(List.of("One " + word, "Three " + word, "Two " + word), projects.rows());
        assertEquals(2, projects.pages());
        given().queryParam("cursor", "bm9wZQ").when().get("/api/v1/projects").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));

        for (int i = 0; i < 3; i++) {
            Fixtures.register(Fixtures.admin(), Fixtures.profile("Org " + i + " " + word, "\"publicListing\": true"));
        }
        Response first = page("/api/v1/organizations?q=" + word + "&sort=name&limit=2");
        String cursor = first.jsonPath().getString("nextCursor");
        assertNotNull(cursor);
        assertTrue(Paging.next(first).contains("cursor=" + cursor), "the Link carries the envelope's nextCursor");
        Response last = page(Paging.next(first));
        assertEquals(1, last.jsonPath().getList("items").size());
        assertNull(last.header("Link"));
        given().urlEncodingEnabled(false).when().get(Paging.next(first)).then().body("nextCursor", nullValue());
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void theHistoryPagesOldestFirstWhileChangesAreMade() throws Exception {
        String org = organisation();
        OrganizationEditor editor = Arc.container().instance(OrganizationEditor.class).get();
        for (String city : List.of("Haifa", "Akko", "Jaffa")) {
            editor.edit(org, JSON.readTree("{\"city\": \"" + city + "\"}"), null, Fixtures.admin());
        }
        Response first = page("/api/v1/organizations/" + org + "/history?limit=2");
        List<Object> ids = new ArrayList<>(first.jsonPath().getList("newValue"));
        editor.edit(org, JSON.readTree("{\"city\": \"Jenin\"}"), null, Fixtures.admin());
        String next = Paging.next(first);
        while (next != null) {
            Response p = page(next);
            ids.addAll(p.jsonPath().getList("newValue"));
            next = Paging.next(p);
        }
        // registration writes no history; verification one status change; then four cities
        assertEquals(List.of("verified", "Haifa", "Akko", "Jaffa", "Jenin"), ids);
        given().queryParam("cursor", "%%%").when().get("/api/v1/organizations/" + org + "/history")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }
}
