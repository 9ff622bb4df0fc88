package org.iccsp.directory.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search over a small directory whose names share a word no other test uses. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class OrganizationSearchTest {
    private static final String WORD = Fixtures.uniqueWord();
    private static final String NETWORK = "NET-" + WORD;
    private static final String HIDDEN_WORD = Fixtures.uniqueWord();
    private static OffsetDateTime beforeSeeding;

    @BeforeEach
    void directory() {
        if (beforeSeeding != null) {
            return;
        }
        beforeSeeding = OffsetDateTime.now();
        admin("Arava " + WORD + " Institute", """
                "nameHe": "מכון הערבה %s", "nameAr": "معهد عربة %s", "country": "IL",
                "sectors": ["environment-and-water", "education"], "networks": ["%s"]""".formatted(WORD, WORD, NETWORK));
        admin("Gaza " + WORD + " Farmers", """
                "country": "PS-GZA", "type": "cooperative", "sectors": ["agriculture"], "networks": ["%s"]"""
                .formatted(NETWORK));
        admin("Bethlehem " + WORD + " Clinic", """
                "country": "PS", "type": "hospital", "sectors": ["health"],
                "description": "Cardiology for children", "networks": ["%s"],
                "visibility": {"networks": "members"}""".formatted(NETWORK));
        admin("Haifa " + WORD + " Robotics", """
                "country": "IL", "type": "educational-institution", "sectors": ["technology", "education"],
                "description": "Hidden keyword %s", "visibility": {"description": "private"}""".formatted(HIDDEN_WORD));
        admin("Jenin " + WORD + " Football", """
                "country": "PS", "type": "sports-club", "sectors": ["sports"], "publicListing": false""");
        // pending: never found by anyone but admins
        Fixtures.register(Fixtures.cso("org-search-" + WORD), Fixtures.profile("Nablus " + WORD + " Pending",
                "\"publicListing\": true"));
    }

    private static void admin(String name, String fields) {
        String json = Fixtures.profile(name, "\"publicListing\": true").replace("\"country\": \"IL\", ", "")
                .replace("\"type\": \"ngo\", ", "").replace(", \"sectors\": [\"education\"]", "");
        String merged = json.substring(0, json.lastIndexOf('}')) + ", \"type\": \"ngo\", " + fields + "}";
        // a later "type" or "publicListing" overrides the defaults above (last key wins)
        Fixtures.register(Fixtures.admin(), merged);
    }

    /** Legal names found; the text query goes as a parameter so RestAssured encodes any script once. */
    private static List<String> search(String q, String otherParameters) {
        return given().queryParam("q", q).when().get("/api/v1/organizations" + (otherParameters.isEmpty() ? "" : "?" + otherParameters)).then().statusCode(200)
                .extract().jsonPath().getList("items.legalName");
    }

    private static List<String> names(String query) {
        return given().when().get("/api/v1/organizations?" + query).then().statusCode(200)
                .extract().jsonPath().getList("items.legalName");
    }

    @Test
    void anonymousFindsListedVerifiedOrganisationsByAnyScriptAndByPrefix() {
        assertEquals(4, names("q=" + WORD).size(), "the unlisted, the pending ones are not public");
        assertEquals(List.of("Arava " + WORD + " Institute"), search("מכון הערבה " + WORD, ""));
        assertEquals(List.of("Arava " + WORD + " Institute"), search("معهد " + WORD, ""));
        assertEquals(List.of("Arava " + WORD + " Institute"), search(WORD + " ara", "")); // prefix
        assertEquals(List.of("Bethlehem " + WORD + " Clinic"), search(WORD + " cardio", "")); // description
        assertEquals(List.of(), search(HIDDEN_WORD, ""), "a private description is not searchable");
        // a typo still finds the name through trigram similarity
        assertEquals(List.of("Arava " + WORD + " Institute"), search("Arava " + WORD.substring(0, 9) + "x Institute", ""));
    }

    @Test
    void filtersCombineAndACountryFindsItsSubdivisions() {
        assertEquals(List.of("Gaza " + WORD + " Farmers"), names("q=" + WORD + "&country=PS&sector=agriculture"));
        assertEquals(List.of("Bethlehem " + WORD + " Clinic", "Gaza " + WORD + " Farmers"),
                names("q=" + WORD + "&country=PS&sort=name"));
        assertEquals(List.of("Arava " + WORD + " Institute", "Haifa " + WORD + " Robotics"),
                names("q=" + WORD + "&sector=education&sort=name"));
        assertEquals(List.of("Haifa " + WORD + " Robotics"), names("q=" + WORD + "&type=educational-institution&type=hospital&country=IL"));
        // the public does not see the clinic's members-only network
        assertEquals(List.of("Arava " + WORD + " Institute", "Gaza " + WORD + " Farmers"),
                names("network=" + NETWORK + "&sort=name"));
    }

    @Test
    @TestSecurity(user = "gov-gb", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void consortiumMembersFindUnlistedOrganisationsAndMembersOnlyFacts() {
        assertEquals(5, names("q=" + WORD).size());
        assertEquals(3, names("network=" + NETWORK).size());
    }

    @Test
    void facetsCountTheMatchingOrganisations() {
        JsonPath page = given().when().get("/api/v1/organizations?q=" + WORD + "&facets=true").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, page.getInt("facets.sector.education"));
        assertEquals(1, page.getInt("facets.sector.agriculture"));
        assertEquals(2, page.getInt("facets.country.IL"));
        assertEquals(1, page.getInt("facets.country.'PS-GZA'"));
        assertEquals(1, page.getInt("facets.type.hospital"));
        assertEquals(2, page.getInt("facets.network.'" + NETWORK + "'"), "hidden memberships are not counted");
        assertNull(given().when().get("/api/v1/organizations?q=" + WORD).then().extract().path("facets"));
        assertNull(given().when().get("/api/v1/organizations?q=" + WORD).then().extract().path("total"));
    }

    @Test
    void facetsComeWithHowManyMatchInAllWhateverThePage() {
        given().when().get("/api/v1/organizations?q=" + WORD + "&facets=true&limit=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("total", equalTo(4));
        given().when().get("/api/v1/organizations?q=" + WORD + "&facets=true&country=IL").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void newestFirstListsTheLatestRegisteredFirst() {
        assertEquals(List.of("Haifa " + WORD + " Robotics", "Bethlehem " + WORD + " Clinic", "Gaza " + WORD + " Farmers",
                "Arava " + WORD + " Institute"), names("q=" + WORD + "&sort=newest"));
    }

    @Test
    void cursorPaginationWalksEveryResultOnceInEachOrder() {
        for (String sort : List.of("name", "relevance", "modified", "newest")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                JsonPath page = given().queryParam("q", WORD).queryParam("sort", sort).queryParam("limit", 3)
                        .queryParam("cursor", cursor == null ? new Object[0] : new Object[] {cursor})
                        .when().get("/api/v1/organizations").then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.legalName"));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            assertEquals(4, seen.size(), sort + ": " + seen);
            assertEquals(4, seen.stream().distinct().count(), sort + ": " + seen);
        }
        assertEquals(List.of("Arava " + WORD + " Institute", "Bethlehem " + WORD + " Clinic", "Gaza " + WORD + " Farmers",
                "Haifa " + WORD + " Robotics"), names("q=" + WORD + "&sort=name"));
    }

    @Test
    void aTypoSearchStaysATypoSearchOnEveryPage() {
        String typo = WORD.substring(0, 9) + (WORD.endsWith("x") ? "y" : "x"); // the last letter wrong
        List<String> onePage = search(typo, "");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().queryParam("q", typo).queryParam("limit", 1)
                    .queryParam("cursor", cursor == null ? new Object[0] : new Object[] {cursor})
                    .when().get("/api/v1/organizations").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.legalName"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(4, onePage.size(), "every public name with the word is similar to the typo: " + onePage);
        assertEquals(onePage, paged, "later pages keep the trigram fallback and its order");
    }

    @Test
    void modifiedAfterIsAChangeFeedInChangeOrder() {
        List<String> feed = given().queryParam("modified_after", beforeSeeding.toString()).queryParam("network", NETWORK)
                .queryParam("sort", "modified").when().get("/api/v1/organizations")
                .then().statusCode(200).extract().jsonPath().getList("items.legalName");
        assertEquals(List.of("Arava " + WORD + " Institute", "Gaza " + WORD + " Farmers"), feed);
        given().queryParam("modified_after", OffsetDateTime.now().plusDays(1).toString()).queryParam("q", WORD)
                .when().get("/api/v1/organizations").then().statusCode(200).body("items", empty())
                .body("nextCursor", nullValue());
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void adminsFilterByVerification() {
        assertEquals(List.of("Nablus " + WORD + " Pending"), names("q=" + WORD + "&verified=false"));
        assertEquals(5, names("q=" + WORD + "&verified=true").size());
        assertEquals(6, names("q=" + WORD).size());
    }

    @Test
    void badSearchParametersAreA400NamingTheParameter() {
        badQuery("sector=juggling", "sector");
        badQuery("country=XX", "country");
        badQuery("type=circus", "type");
        badQuery("sort=popularity", "sort");
        badQuery("sort=relevance", "sort");
        badQuery("modified_after=yesterday", "modified_after");
        badQuery("cursor=not-a-cursor", "cursor");
        given().queryParam("q", "!!!").when().get("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", hasItem("q"));
        badQuery("limit=1000", "limit");
        given().when().get("/api/v1/organizations?verified=false").then().statusCode(403);
        String nameCursor = given().when().get("/api/v1/organizations?q=" + WORD + "&sort=name&limit=1")
                .then().extract().path("nextCursor");
        badQuery("q=" + WORD + "&sort=modified&cursor=" + nameCursor, "cursor");
        assertEquals(0, Organization.count("status = ?1 and legalName like ?2",
                org.iccsp.directory.organization.domain.OrganizationStatus.REJECTED, "%" + WORD + "%"));
    }

    private static void badQuery(String query, String field) {
        given().when().get("/api/v1/organizations?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
