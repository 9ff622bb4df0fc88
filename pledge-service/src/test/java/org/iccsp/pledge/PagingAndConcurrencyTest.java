package org.iccsp.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.iccsp.pledge.PledgeFixtures.etag;
import static org.iccsp.pledge.PledgeFixtures.patchMember;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 16 in pledge-service: every list pages with a cursor ({@code Link: <…>; rel="next"}, a stable order, no row
 * repeated or missed while rows are added between pages, no Link on the last page, a bad cursor or limit is a 400
 * naming it); every changeable resource answers an ETag and honours If-Match (412 stale, 428 where required).
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagingAndConcurrencyTest {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final String EVENT = "event-paging-" + UUID.randomUUID();
    private static String embargoId;
    private static String sealedPledge;
    private static String organiserTagBefore;
    private static String submittedPledge;
    private static String secondSealed;

    // ---- paging ----------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    @TestSecurity(user = "admin-paging", roles = "admin")
    void pledgesPageNewestFirstWithoutRepeatsOrGapsWhileNewOnesArrive() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, adminDraft("GB"));
        }
        List<String> seen = followAll("/api/v1/pledges?eventId=" + EVENT + "&limit=2", "id",
                () -> adminDraft("FR")); // a newer pledge arrives between pages: it belongs before the first page
        assertEquals(created, seen, "every pledge once, newest first");
        // filters hold across pages: FR's pledges only
        List<String> french = followAll("/api/v1/pledges?eventId=" + EVENT + "&member=FR&limit=1", "id", () -> null);
        assertEquals(List.of(), french.stream().filter(created::contains).toList());
        assertTrue(french.size() >= 2, "the pledges added meanwhile: " + french);
    }

    @Test
    @Order(1)
    @TestSecurity(user = "admin-paging", roles = "admin")
    void membersEmbargoesAndRatesPageToo() {
        List<String> all = given().when().get("/api/v1/members?limit=500").then().statusCode(200)
                .header("Link", nullValue()).extract().jsonPath().getList("code", String.class);
        assertEquals(all, followAll("/api/v1/members?limit=7", "code", () -> null));
        assertEquals(all.stream().sorted().toList(), all, "by code");

        for (int i = 0; i < 3; i++) {
            embargo("paging-" + UUID.randomUUID());
        }
        List<String> embargoes = given().when().get("/api/v1/embargoes?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        assertEquals(embargoes, followAll("/api/v1/embargoes?limit=2", "id", () -> {
            embargo("paging-" + UUID.randomUUID()); // newer: before the first page
            return null;
        }));

        StringBuilder rates = new StringBuilder("{\"rates\": [");
        for (int day = 1; day <= 5; day++) {
            rates.append(day > 1 ? ", " : "").append("{\"date\": \"2024-01-0").append(day)
                    .append("\", \"currency\": \"ISK\", \"perUsd\": \"13").append(day).append(".5\"}");
        }
        given().contentType(ContentType.JSON).body(rates.append("]}").toString())
                .when().put("/api/v1/exchange-rates").then().statusCode(200);
        assertEquals(List.of("2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"),
                followAll("/api/v1/exchange-rates?currency=ISK&limit=2", "date", () -> null));
        List<String> dates = followAll("/api/v1/exchange-rates?currency=ISK&from=2024-01-02&to=2024-01-04&limit=1",
                "date", () -> null);
        assertEquals(List.of("2024-01-02", "2024-01-03", "2024-01-04"), dates, "the filters hold across pages");
    }

    @Test
    @Order(1)
    @TestSecurity(user = "admin-paging", roles = "admin")
    void aPledgesHistoryPagesOldestFirst() {
        String id = adminDraft("GB");
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body("{\"notes\": \"revision " + i + "\"}")
                    .when().patch("/api/v1/pledges/" + id).then().statusCode(200);
        }
        PledgeFixtures.act(id, "submit").statusCode(200);
        submittedPledge = id;
        List<String> actions = followAll("/api/v1/pledges/" + id + "/history?limit=2", "action", () -> null);
        assertEquals(List.of("create", "revise", "revise", "revise", "submit"), actions);
        assertEquals(actions, given().when().get("/api/v1/pledges/" + id).then().statusCode(200)
                .extract().jsonPath().getList("history.action", String.class), "the same trail as in the pledge");
        given().when().get("/api/v1/pledges/pledge-none/history").then().statusCode(404);
    }

    /** The history of a pledge the caller may not see is a 404, as the pledge is. */
    @Test
    @Order(2)
    void theHistoryOfAPledgeTheCallerMayNotSeeIsA404() {
        given().when().get("/api/v1/pledges/" + submittedPledge + "/history").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/pledges/" + submittedPledge).then().statusCode(404);
    }

    @Test
    @Order(1)
    @TestSecurity(user = "admin-paging", roles = "admin")
    void aBadCursorOrLimitIsA400NamingIt() {
        String members = cursorOf("/api/v1/members?limit=1");
        String pledges = cursorOf("/api/v1/pledges?limit=1");
        for (String list : List.of("/api/v1/pledges", "/api/v1/members", "/api/v1/embargoes", "/api/v1/exchange-rates",
                "/api/v1/pledges/" + adminDraft("GB") + "/history")) {
            for (String cursor : List.of("nonsense", "%00", list.endsWith("members") ? pledges : members)) {
                given().urlEncodingEnabled(false).when().get(list + "?cursor=" + cursor).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
            }
            for (String limit : List.of("0", "501", "abc", "-1")) {
                given().when().get(list + "?limit=" + limit).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
            }
        }
    }

    // ---- ETag and If-Match -------------------------------------------------------------------------------------

    @Test
    @Order(3)
    @TestSecurity(user = "admin-paging", roles = "admin")
    void aPledgeHonoursIfMatchOnRevisionsAndTransitions() {
        String id = adminDraft("GB");
        String path = "/api/v1/pledges/" + id;
        String tag = etag(path);
        assertTrue(tag.matches("\"v\\d+\""), "a strong tag: " + tag);
        for (String stale : List.of("\"nonsense\"", "\"v999\"", "W/" + tag)) {
            given().contentType(ContentType.JSON).header("If-Match", stale).body("{\"notes\": \"stale\"}")
                    .when().patch(path).then().statusCode(412).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("If-Match"));
            given().contentType(ContentType.JSON).header("If-Match", stale).body("{\"action\": \"submit\"}")
                    .when().post(path + "/transitions").then().statusCode(412);
        }
        given().when().get(path).then().statusCode(200).header("ETag", tag).body("notes", equalTo("first tranche"))
                .body("status", equalTo("draft")).body("revision", equalTo(1));

        String revised = given().contentType(ContentType.JSON).header("If-Match", tag).body("{\"notes\": \"current\"}")
                .when().patch(path).then().statusCode(200).body("notes", equalTo("current")).extract().header("ETag");
        assertNotEquals(tag, revised);
        assertEquals(revised, etag(path), "the answer's tag is the pledge's");
        given().contentType(ContentType.JSON).header("If-Match", tag).body("{\"action\": \"submit\"}")
                .when().post(path + "/transitions").then().statusCode(412);
        String submitted = given().contentType(ContentType.JSON).header("If-Match", revised).body("{\"action\": \"submit\"}")
                .when().post(path + "/transitions").then().statusCode(200).body("status", equalTo("submitted"))
                .extract().header("ETag");
        assertEquals(submitted, etag(path));
        // optional here: without If-Match the change applies
        given().contentType(ContentType.JSON).body("{\"action\": \"announce\"}")
                .when().post(path + "/transitions").then().statusCode(200).header("ETag", etag(path));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "admin-paging", roles = "admin")
    void aMemberChangeRequiresIfMatch() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"PT\", \"name\": \"Portugal\", \"bloc\": \"EU\", \"status\": \"prospective\"}")
                .when().post("/api/v1/members").then().statusCode(201).header("ETag", "\"v0\"");
        String path = "/api/v1/members/PT";
        String tag = etag(path);
        given().contentType(ContentType.JSON).body("{\"status\": \"announced\"}").when().patch(path).then()
                .statusCode(428).contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        for (String stale : List.of("\"nonsense\"", "\"v7\"")) {
            given().contentType(ContentType.JSON).header("If-Match", stale).body("{\"status\": \"announced\"}")
                    .when().patch(path).then().statusCode(412);
        }
        given().when().get(path).then().statusCode(200).body("status", equalTo("prospective")).header("ETag", tag);
        given().when().get("/api/v1/pledge-audit?action=member.status-changed&subject=PT").then().statusCode(200)
                .body("entries.size()", equalTo(0));

        String renamed = given().contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"name\": \"Portuguese Republic\"}").when().patch(path).then().statusCode(200)
                .body("name", equalTo("Portuguese Republic")).extract().header("ETag");
        assertNotEquals(tag, renamed);
        // the view that read the first tag is stale now: its status change is refused
        given().contentType(ContentType.JSON).header("If-Match", tag).body("{\"status\": \"confidential\"}")
                .when().patch(path).then().statusCode(412);
        patchMember("PT", "{\"status\": \"confidential\"}").statusCode(200).body("status", equalTo("confidential"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"bloc\": \"EU\"}")
                .when().patch(path).then().statusCode(200);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin-paging", roles = "admin")
    void anEmbargoTagTellsAnAdminOfNewlySealedPledges() {
        embargoId = embargo("tags-" + UUID.randomUUID());
        String path = "/api/v1/embargoes/" + embargoId;
        String before = etag(path);
        sealedPledge = adminDraft("GB");
        PledgeFixtures.transition(sealedPledge, "{\"action\": \"submit\", \"embargoId\": \"" + embargoId + "\"}")
                .statusCode(200);
        String after = given().when().get(path).then().statusCode(200).body("sealedPledges", equalTo(1))
                .extract().header("ETag");
        assertNotEquals(before, after, "the admin's view changed: one pledge more is sealed under it");
        given().header("If-Match", before).when().post(path + "/release").then().statusCode(412)
                .contentType("application/problem+json");
        given().when().get(path).then().statusCode(200).body("status", equalTo("sealed"));
        given().when().get("/api/v1/pledges/" + sealedPledge).then().body("status", equalTo("submitted"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void anOrganisersTagOfTheEmbargoDoesNotMoveWithSealing() {
        organiserTagBefore = etag("/api/v1/embargoes/" + embargoId);
        assertNotNull(organiserTagBefore);
        given().when().get("/api/v1/embargoes/" + embargoId).then().body("$", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasKey("sealedPledges")));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "admin-paging", roles = "admin")
    void anotherPledgeIsSealed() {
        secondSealed = adminDraft("FR");
        PledgeFixtures.transition(secondSealed, "{\"action\": \"submit\", \"embargoId\": \"" + embargoId + "\"}")
                .statusCode(200);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void theOrganisersTagIsTheSameWhateverIsSealed() {
        assertEquals(organiserTagBefore, etag("/api/v1/embargoes/" + embargoId), "it must not tell of sealed pledges");
    }

    @Test
    @Order(8)
    @TestSecurity(user = "admin-paging", roles = "admin")
    void theReleaseWithTheCurrentTag() {
        String path = "/api/v1/embargoes/" + embargoId;
        String current = etag(path);
        String released = given().header("If-Match", current).when().post(path + "/release").then().statusCode(200)
                .body("announcedPledges", org.hamcrest.Matchers.containsInAnyOrder(sealedPledge, secondSealed))
                .extract().header("ETag");
        assertEquals(released, etag(path), "the release answers the embargo's new tag");
        given().header("If-Match", released).when().post(path + "/release").then().statusCode(409);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void theOrganisersTagMovedWithTheReleaseOnly() {
        String now = etag("/api/v1/embargoes/" + embargoId);
        assertNotEquals(organiserTagBefore, now, "released: the embargo itself changed");
        given().when().get("/api/v1/embargoes?limit=500").then().statusCode(200).body("id", hasItem(embargoId));
    }

    /** The document declares If-Match on the changes and 412 (and 428 where required) beside their 200. */
    @Test
    @Order(10)
    void theOpenApiDocumentDeclaresTheConditionalRequests() {
        io.restassured.path.json.JsonPath doc = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        for (String[] op : new String[][] {{"/api/v1/members/{code}", "patch", "428"}, {"/api/v1/pledges/{id}", "patch", "412"},
                {"/api/v1/pledges/{id}/transitions", "post", "412"}, {"/api/v1/embargoes/{id}/release", "post", "412"}}) {
            java.util.Map<String, Object> operation = doc.getMap("paths.'" + op[0] + "'." + op[1]);
            assertNotNull(operation, op[0]);
            assertTrue(doc.getList("paths.'" + op[0] + "'." + op[1] + ".parameters.name").contains("If-Match"), op[0]);
            java.util.Map<String, Object> responses = doc.getMap("paths.'" + op[0] + "'." + op[1] + ".responses");
            assertTrue(responses.containsKey("200") && responses.containsKey("412") && responses.containsKey(op[2]),
                    op[0] + " " + responses.keySet());
        }
        for (String list : List.of("/api/v1/members", "/api/v1/pledges", "/api/v1/embargoes", "/api/v1/exchange-rates",
                "/api/v1/pledges/{id}/history")) {
            assertTrue(doc.getList("paths.'" + list + "'.get.parameters.name").containsAll(List.of("limit", "cursor")), list);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Follows Link rel=next from {@code first}, collecting {@code field} of every row; {@code between} runs between pages. */
    private static List<String> followAll(String first, String field, Supplier<?> between) {
        List<String> seen = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null) {
            Response page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().response();
            List<String> rows = page.jsonPath().getList(field, String.class);
            seen.addAll(rows);
            String link = page.header("Link");
            if (link == null) {
                next = null;
            } else {
                Matcher m = NEXT.matcher(link);
                assertTrue(m.matches(), "a next link: " + link);
                next = m.group(1);
                assertTrue(next.startsWith(first.substring(0, first.indexOf('?'))), "a relative link to the same list: " + next);
                assertTrue(!rows.isEmpty(), "a page before a next link is not empty");
                between.get();
            }
            assertTrue(++pages < 200, "paging ends");
        }
        if (!field.equals("action")) { // a history repeats actions; its rows are checked against the pledge's trail
            assertEquals(seen.size(), new HashSet<>(seen).size(), "no row twice: " + seen);
        }
        return seen;
    }

    private static String adminDraft(String member) {
        String body = PledgeFixtures.pledge("1000.00", "EUR", "2025-06-02")
                .replace("\"event-summit-1\"", "\"" + EVENT + "\"").replace("{\"amount\"", "{\"memberCode\": \"" + member
                        + "\", \"amount\"");
        return PledgeFixtures.create(body).statusCode(201).extract().path("id");
    }

    private static String embargo(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post("/api/v1/embargoes").then().statusCode(201).extract().path("id");
    }

    private static String cursorOf(String list) {
        String link = given().when().get(list).then().statusCode(200).extract().header("Link");
        assertNotNull(link, list + " has a second page");
        return link.replaceAll(".*cursor=([^&>]+).*", "$1");
    }
}
