package org.iccsp.pledge.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.iccsp.pledge.PledgeFixtures.draft;
import static org.iccsp.pledge.PledgeFixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The pledge service's audit log: who released which pledges, who changed a member's status (old and
 * new), kept append-only by the database, and readable by admins only, newest first, page by page.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PledgeAuditTest {
    private static final Pattern NEXT = Pattern.compile("<(/api/v1/pledge-audit\\?[^>]+)>; rel=\"next\"");
    private static String embargoId;
    private static String pledgeId;

    @Inject
    AgroalDataSource db;

    @Test
    @Order(1)
    @TestSecurity(user = "admin-audit", roles = "admin")
    void adminSealsAnEmbargo() {
        embargoId = given().contentType(ContentType.JSON).body("{\"name\": \"audited-" + System.nanoTime() + "\"}")
                .when().post("/api/v1/embargoes").then().statusCode(201).extract().path("id");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "gov-audit-de", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "DE"))
    void germanySubmitsUnderIt() {
        pledgeId = draft("1000.00", "USD", "2026-02-10");
        transition(pledgeId, "{\"action\": \"submit\", \"embargoId\": \"" + embargoId + "\"}").statusCode(200);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "admin-audit", roles = "admin")
    void theReleaseIsAuditedWithWhoAndWhichPledges() {
        given().when().post("/api/v1/embargoes/" + embargoId + "/release").then().statusCode(200);
        given().when().get("/api/v1/pledge-audit?action=embargo.released&subject=" + embargoId).then().statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].action", equalTo("embargo.released"))
                .body("entries[0].subjectType", equalTo("embargo"))
                .body("entries[0].subjectId", equalTo(embargoId))
                .body("entries[0].details.pledgeIds", contains(pledgeId))
                .body("entries[0].actor.subject", equalTo("admin-audit"))
                .body("entries[0].actor.name", equalTo("admin-audit"))
                .body("entries[0].actor.roles", hasItem("admin"))
                .body("entries[0].occurredAt", org.hamcrest.Matchers.notNullValue())
                .body("next", nullValue());
        // A release refused (already released) leaves no second entry: it rolled back with the action.
        given().when().post("/api/v1/embargoes/" + embargoId + "/release").then().statusCode(409);
        given().when().get("/api/v1/pledge-audit?subject=" + embargoId).then().body("entries", hasSize(1));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin-audit", roles = "admin")
    void aMemberStatusChangeIsAuditedWithOldAndNew() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"MT\", \"name\": \"Malta\", \"bloc\": \"EU\", \"status\": \"confidential\"}")
                .when().post("/api/v1/members").then().statusCode(201);
        org.iccsp.pledge.PledgeFixtures.patchMember("MT", "{\"status\": \"announced\"}").statusCode(200);
        org.iccsp.pledge.PledgeFixtures.patchMember("MT", "{\"name\": \"Republic of Malta\", \"status\": \"announced\"}")
                .statusCode(200); // no change of status: not audited
        given().when().get("/api/v1/pledge-audit?action=member.status-changed&subject=MT").then().statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].subjectType", equalTo("member"))
                .body("entries[0].details.from", equalTo("confidential"))
                .body("entries[0].details.to", equalTo("announced"))
                .body("entries[0].actor.subject", equalTo("admin-audit"));
    }

    @Test
    @Order(5)
    void theDatabaseRefusesToChangeOrRemoveEntries() throws SQLException {
        for (String change : List.of("update audit.entries set action = 'tampered'", "delete from audit.entries",
                "truncate audit.entries")) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                var rows = s.executeQuery("select count(*) from audit.entries where action = 'tampered'")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

    @Test
    @Order(6)
    @TestSecurity(user = "admin-audit", roles = "admin")
    void pagesAreNewestFirstAndLinkToTheNext() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into audit.entries (id, occurred_at, actor_subject, action, subject_type, subject_id)
                    select gen_random_uuid(), now(), 'paging-test', 'test.paged', 'thing', 'thing-' || g
                    from generate_series(1, 55) g""");
        }
        Response first = given().when().get("/api/v1/pledge-audit?action=test.paged");
        first.then().statusCode(200).body("entries", hasSize(50)).body("entries[0].subjectId", equalTo("thing-55"));
        String link = first.header("Link");
        assertNotNull(link, "a first page of 55 entries links to the next");
        Matcher next = NEXT.matcher(link);
        assertTrue(next.matches(), link);
        assertTrue(next.group(1).contains("action=test.paged"), link);
        Response second = given().urlEncodingEnabled(false).when().get(next.group(1));
        second.then().statusCode(200).body("entries", hasSize(5)).body("entries[4].subjectId", equalTo("thing-1"))
                .body("next", nullValue());
        assertEquals(null, second.header("Link"));
        List<String> all = new ArrayList<>(first.jsonPath().getList("entries.subjectId"));
        all.addAll(second.jsonPath().getList("entries.subjectId"));
        assertEquals(55, all.stream().distinct().count());
        assertFalse(all.contains(null));

        // limit sets the page size (1..500), and the Link keeps it
        Response small = given().when().get("/api/v1/pledge-audit?action=test.paged&limit=20");
        small.then().statusCode(200).body("entries", hasSize(20));
        assertTrue(small.header("Link").contains("limit=20"), small.header("Link"));
        given().when().get("/api/v1/pledge-audit?action=test.paged&limit=500").then().statusCode(200).body("entries", hasSize(55));
        for (String bad : List.of("0", "501", "abc")) {
            given().when().get("/api/v1/pledge-audit?limit=" + bad).then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    @Order(7)
    @TestSecurity(user = "admin-audit", roles = "admin")
    void badParametersAre400NamingTheField() {
        given().when().get("/api/v1/pledge-audit?cursor=zzz").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        given().when().get("/api/v1/pledge-audit?action=DROP%20TABLE").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("action"));
        given().when().get("/api/v1/pledge-audit?subject=" + "x".repeat(201)).then().statusCode(400)
                .body("errors.field", hasItem("subject"));
        given().when().get("/api/v1/pledge-audit?action=no.such-action").then().statusCode(200)
                .body("entries", empty());
    }

    @Test
    @Order(8)
    void anonymousCallersAre401() {
        given().when().get("/api/v1/pledge-audit").then().statusCode(401);
    }

    @Test
    @Order(8)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void organisersAre403() {
        given().when().get("/api/v1/pledge-audit").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("role"));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "gov-audit-de", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "DE"))
    void governmentsAre403() {
        given().when().get("/api/v1/pledge-audit").then().statusCode(403);
    }
}
