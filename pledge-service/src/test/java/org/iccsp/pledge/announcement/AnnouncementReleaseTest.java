package org.iccsp.pledge.announcement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.iccsp.pledge.PledgeFixtures.awaitEvent;
import static org.iccsp.pledge.PledgeFixtures.create;
import static org.iccsp.pledge.PledgeFixtures.data;
import static org.iccsp.pledge.PledgeFixtures.patchMember;
import static org.iccsp.pledge.PledgeFixtures.pledge;
import static org.iccsp.pledge.PledgeFixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.pledge.announcement.messaging.AnnouncementEvents;
import org.iccsp.pledge.announcement.persistence.Announcement;
import org.iccsp.pledge.pledge.messaging.PledgeEvents;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Announcement day: a joint GB + Oman pledge and a French one sealed under one embargo, and Oman's membership
 * (confidential) revealed, with a communiqué in four languages. Two different admins approve the same version; the
 * trigger releases it as one act. Before, only the governments in it see (their own part) that it exists; every
 * refusal is a clear 4xx that changes nothing; a second release publishes nothing again.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnouncementReleaseTest {
    private static final String SUFFIX = Long.toString(System.nanoTime(), 36);
    private static final String TRIGGER = "ceasefire-announced-" + SUFFIX;
    private static final Map<String, BigDecimal> TOTALS_BEFORE = new HashMap<>();
    private static final String TEXTS = """
            {"en": {"title": "The consortium welcomes Oman", "body": "Oman joins; GB and Oman fund shared classrooms."},
             "fr": {"title": "Le consortium accueille Oman", "body": "Oman rejoint le consortium."},
             "ar": {"title": "الاتحاد يرحب بعُمان", "body": "تنضم عُمان إلى الاتحاد."},
             "he": {"title": "הקונסורציום מקדם את עומאן", "body": "עומאן מצטרפת לקונסורציום."}}""";
    private static String embargoId;
    private static String releasedEmbargoId;
    private static String jointPledge;
    private static String frenchPledge;
    private static String announcementId;
    private static String etagBeforeChange;
    private static String timedId;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String announcement(String embargoes, String members) {
        return """
                {"texts": %s, "authoritativeLanguage": "en", "trigger": "%s",
                 "embargoIds": %s, "memberCodes": %s}""".formatted(TEXTS, TRIGGER, embargoes, members);
    }

    static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/announcements").then();
    }

    static ValidatableResponse step(String id, String action, String ifMatch) {
        var request = given().contentType(ContentType.JSON).body("{\"action\": \"" + action + "\", \"reason\": \"test\"}");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/announcements/" + id + "/transitions").then();
    }

    static String tag(String id) {
        return given().when().get("/api/v1/announcements/" + id).then().statusCode(200).extract().header("ETag");
    }

    static long announcements() {
        return Announcement.count();
    }

    @Test
    @Order(0)
    void thePublicTotalsBeforehand() {
        TOTALS_BEFORE.putAll(publicTotals());
    }

    @Test
    @Order(1)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void carolPreparesTheParts() {
        patchMember("OM", "{\"status\": \"confidential\"}").statusCode(200);
        patchMember("KW", "{\"status\": \"confidential\"}").statusCode(200);
        embargoId = given().contentType(ContentType.JSON).body("{\"name\": \"oman-day-" + SUFFIX + "\"}")
                .when().post("/api/v1/embargoes").then().statusCode(201).extract().path("id");
        releasedEmbargoId = given().contentType(ContentType.JSON).body("{\"name\": \"old-news-" + SUFFIX + "\"}")
                .when().post("/api/v1/embargoes").then().statusCode(201).extract().path("id");
        given().when().post("/api/v1/embargoes/" + releasedEmbargoId + "/release").then().statusCode(200);

        jointPledge = create(pledge("1000000.00", "USD", "2026-03-02").replace("\"newMoney\": true", """
                "newMoney": true, "memberCode": "GB", "jointLabel": "Shared classrooms of the Gulf and Britain",
                "shares": [{"memberCode": "GB", "amount": "600000.00", "currency": "USD"},
                           {"memberCode": "OM", "amount": "400000.00", "currency": "USD"}]""")).statusCode(201)
                .extract().path("id");
        transition(jointPledge, "{\"action\": \"submit\", \"embargoId\": \"" + embargoId + "\"}").statusCode(200);
        frenchPledge = create(pledge("250000.00", "USD", "2026-03-02").replace("\"newMoney\": true",
                "\"newMoney\": true, \"memberCode\": \"FR\"")).statusCode(201).extract().path("id");
        transition(frenchPledge, "{\"action\": \"submit\", \"embargoId\": \"" + embargoId + "\"}").statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void carolDraftsTheAnnouncementAndEveryBadPartIsRefusedChangingNothing() {
        announcementId = post(announcement("[\"" + embargoId + "\"]", "[\"OM\"]")).statusCode(201)
                .header("Location", containsString("/api/v1/announcements/")).header("ETag", notNullValue())
                .body("status", equalTo("draft")).body("texts.ar.title", equalTo("الاتحاد يرحب بعُمان"))
                .body("pledges.id", containsInAnyOrder(jointPledge, frenchPledge)).extract().path("id");

        long before = announcements();
        post(announcement("[]", "[\"GB\"]")).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("memberCodes[0]")).body("detail", containsString("only a confidential member"));
        post(announcement("[]", "[\"OM\"]")).statusCode(422).body("errors.field", hasItem("memberCodes[0]"))
                .body("errors.message", hasItem(containsString("another announcement")));
        post(announcement("[\"" + embargoId + "\"]", "[]")).statusCode(422).body("errors.field", hasItem("embargoIds[0]"))
                .body("errors.message", hasItem(containsString("another announcement")));
        post(announcement("[\"" + releasedEmbargoId + "\"]", "[]")).statusCode(422)
                .body("errors.field", hasItem("embargoIds[0]")).body("errors.message", hasItem(containsString("released")));
        post(announcement("[\"embargo-none\"]", "[]")).statusCode(422).body("errors.field", hasItem("embargoIds[0]"));
        post(announcement("[]", "[\"ZZ\"]")).statusCode(422).body("errors.field", hasItem("memberCodes[0]"));
        post(announcement("[]", "[\"KW\"]").replace("\"authoritativeLanguage\": \"en\"", "\"authoritativeLanguage\": \"de\""))
                .statusCode(400).body("errors.field", hasItem("authoritativeLanguage"));
        post(announcement("[]", "[\"KW\"]").replace("\"texts\": {", "\"texts\": {\"de\": {\"title\": \"x\", \"body\": \"y\"},"))
                .statusCode(400);
        post(announcement("[]", "[\"KW\"]").replace("\"trigger\"", "\"colour\": \"red\", \"trigger\"")).statusCode(400);
        post("{\"texts\": {\"fr\": {\"title\": \"t\", \"body\": \"b\"}}, \"authoritativeLanguage\": \"en\"}")
                .statusCode(422).body("errors.field", hasItem("authoritativeLanguage"));
        post(announcement("[]", "[\"KW\"]").replace("\"trigger\": \"" + TRIGGER + "\"",
                "\"releaseAt\": \"2020-01-01T00:00:00Z\"")).statusCode(400).body("errors.field", hasItem("releaseAt"));
        assertEquals(before, announcements(), "a refused announcement writes nothing");
        // the embargo is the announcement's now: it is not released by itself
        given().when().post("/api/v1/embargoes/" + embargoId + "/release").then().statusCode(409)
                .body("detail", containsString("announcement"));
        given().when().get("/api/v1/embargoes/" + embargoId).then().statusCode(200).body("status", equalTo("sealed"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "gov-gb", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void britainSeesOnlyItsOwnPart() {
        given().when().get("/api/v1/announcements/" + announcementId).then().statusCode(200)
                .body("yourPart.pledgeIds", equalTo(List.of(jointPledge))).body("yourPart.membership", equalTo(false))
                .body("trigger", equalTo(TRIGGER)).body("texts", nullValue()).body("pledges", nullValue())
                .body("memberCodes", nullValue()).body("approvals", nullValue());
        given().when().get("/api/v1/announcements").then().statusCode(200).body("id", hasItem(announcementId));
        given().contentType(ContentType.JSON).body(announcement("[]", "[\"KW\"]")).when().post("/api/v1/announcements")
                .then().statusCode(403);
        step(announcementId, "ready", null).statusCode(403);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "gov-om", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "OM"))
    void omanSeesItsMembershipAndItsShare() {
        given().when().get("/api/v1/announcements/" + announcementId).then().statusCode(200)
                .body("yourPart.pledgeIds", equalTo(List.of(jointPledge))).body("yourPart.membership", equalTo(true));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "gov-us", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "US"))
    void anotherGovernmentDoesNotKnowItExists() {
        assertInvisible();
    }

    @Test
    @Order(3)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void organisersDoNotKnowItExists() {
        assertInvisible();
    }

    @Test
    @Order(3)
    void thePublicDoesNotKnowItExists() {
        assertInvisible();
        assertEquals(TOTALS_BEFORE, publicTotals());
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void carolMarksItReadyAndApprovesOnceOnly() {
        step(announcementId, "approve", tag(announcementId)).statusCode(409).body("detail", containsString("draft"));
        step(announcementId, "ready", null).statusCode(200).body("status", equalTo("ready"));
        step(announcementId, "approve", null).statusCode(428).body("errors.field", hasItem("If-Match"));
        etagBeforeChange = tag(announcementId);
        step(announcementId, "approve", etagBeforeChange).statusCode(200).body("status", equalTo("ready"))
                .body("approvals.by", equalTo(List.of("admin-carol")));
        step(announcementId, "approve", tag(announcementId)).statusCode(409)
                .body("detail", containsString("second, different admin"));
        given().when().get("/api/v1/announcements/" + announcementId).then().body("approvals", hasSize(1));
        step(announcementId, "release", null).statusCode(409).body("detail", containsString("not approved"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/announcements/triggers/" + TRIGGER)
                .then().statusCode(409);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "admin-dana", roles = "admin")
    void danaCannotApproveAStaleVersionNorOneChangedAfterTheFirstApproval() {
        step(announcementId, "approve", etagBeforeChange).statusCode(412);
        String current = tag(announcementId);
        // a change after Carol's approval voids it
        given().contentType(ContentType.JSON).header("If-Match", current)
                .body("{\"texts\": " + TEXTS.replace("Oman joins;", "Oman joins today;") + "}")
                .when().patch("/api/v1/announcements/" + announcementId).then().statusCode(200)
                .body("status", equalTo("draft")).body("approvals", empty()).body("revision", equalTo(2));
        step(announcementId, "approve", current).statusCode(412);
        given().contentType(ContentType.JSON).body("{\"trigger\": \"other\"}")
                .when().patch("/api/v1/announcements/" + announcementId).then().statusCode(428);
        given().when().get("/api/v1/announcements/" + announcementId).then().body("status", equalTo("draft"))
                .body("trigger", equalTo(TRIGGER)).body("approvals", empty());
    }

    @Test
    @Order(6)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void carolApprovesTheNewVersionAndAWithdrawnOneIsNeverReleased() {
        step(announcementId, "ready", null).statusCode(200);
        step(announcementId, "approve", tag(announcementId)).statusCode(200);

        String other = post(announcement("[]", "[\"KW\"]").replace(TRIGGER, "never-" + SUFFIX)).statusCode(201)
                .extract().path("id");
        step(other, "withdraw", null).statusCode(200).body("status", equalTo("withdrawn"));
        step(other, "release", null).statusCode(409).body("detail", containsString("withdrawn"));
        step(other, "ready", null).statusCode(409);
        given().when().get("/api/v1/announcements/" + other).then().body("status", equalTo("withdrawn"))
                .body("releasedAt", nullValue());
    }

    @Test
    @Order(7)
    @TestSecurity(user = "admin-dana", roles = "admin")
    void danaApprovesWhatCarolApproved() {
        step(announcementId, "approve", tag(announcementId)).statusCode(200).body("status", equalTo("approved"))
                .body("approvals.by", equalTo(List.of("admin-carol", "admin-dana")));
    }

    @Test
    @Order(8)
    void stillNothingBeforeTheTrigger() {
        assertInvisible();
        assertEquals(TOTALS_BEFORE, publicTotals());
        for (String id : List.of(jointPledge, frenchPledge, announcementId)) {
            assertEquals(0, OutboxEvent.count("aggregateId", id), "nothing of " + id + " on Kafka before release");
        }
        given().when().get("/api/v1/members/OM").then().statusCode(404);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "admin-dana", roles = "admin")
    void danaFiresTheTriggerOnceAndARepeatChangesNothing() {
        given().when().post("/api/v1/announcements/triggers/" + TRIGGER).then().statusCode(200)
                .body("trigger", equalTo(TRIGGER)).body("released.id", equalTo(List.of(announcementId)))
                .body("released[0].status", equalTo("released"));
        given().when().post("/api/v1/announcements/triggers/" + TRIGGER).then().statusCode(409)
                .contentType("application/problem+json");
        step(announcementId, "release", null).statusCode(200).body("status", equalTo("released"));
        step(announcementId, "withdraw", null).statusCode(409);
        assertEquals(1, OutboxEvent.count("aggregateId = ?1 and eventType = ?2", announcementId, AnnouncementEvents.RELEASED),
                "released exactly once");
    }

    @Test
    @Order(10)
    void afterReleaseEverythingIsPublic() {
        given().when().get("/api/v1/announcements/" + announcementId).then().statusCode(200)
                .body("status", equalTo("released")).body("texts.he.title", equalTo("הקונסורציום מקדם את עומאן"))
                .body("texts.en.body", containsString("today")).body("members.code", equalTo(List.of("OM")))
                .body("pledges.id", containsInAnyOrder(jointPledge, frenchPledge))
                .body("pledges.find { it.id == '" + jointPledge + "' }.partners.memberCode", equalTo(List.of("GB", "OM")))
                .body("totals[0].currency", equalTo("USD")).body("totals[0].amount", equalTo("1250000.00"))
                .body("approvals", nullValue()).body("embargoIds", nullValue());
        given().when().get("/api/v1/announcements").then().statusCode(200).body("id", hasItem(announcementId));
        given().when().get("/api/v1/members/OM").then().statusCode(200).body("status", equalTo("announced"));
        given().when().get("/api/v1/feeds/announcements.atom?lang=ar").then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("urn:iccsp:announcement:" + announcementId))
                .body(containsString("الاتحاد يرحب بعُمان"));
        given().when().get("/api/v1/feeds/announcements.atom?lang=xx").then().statusCode(400);
        Map<String, BigDecimal> after = publicTotals();
        assertEquals(new BigDecimal("600000.00"), after.get("GB").subtract(TOTALS_BEFORE.getOrDefault("GB", BigDecimal.ZERO)));
        assertEquals(new BigDecimal("400000.00"), after.get("OM"));
        assertEquals(new BigDecimal("250000.00"), after.get("FR").subtract(TOTALS_BEFORE.getOrDefault("FR", BigDecimal.ZERO)));
    }

    @Test
    @Order(11)
    void oneReleasedEventAndEachPledgeAnnouncedOnce() {
        String released = awaitEvent(bootstrap, AnnouncementEvents.TOPIC, announcementId, AnnouncementEvents.RELEASED);
        EventContract.assertConforms("events/announcement-released.v1.json", released);
        assertEquals(TRIGGER, data(released).get("trigger").asText());
        assertEquals("admin-dana", data(released).get("releasedBy").asText());
        assertEquals("OM", data(released).get("revealedMembers").get(0).asText());
        assertEquals(2, data(released).get("pledgeIds").size());
        for (String id : List.of(jointPledge, frenchPledge)) {
            String event = awaitEvent(bootstrap, PledgeEvents.TOPIC, id, PledgeEvents.ANNOUNCED);
            assertEquals(embargoId, data(event).get("embargoId").asText());
            assertEquals(1, OutboxEvent.count("aggregateId", id));
        }
    }

    @Test
    @Order(12)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void carolPreparesAnAnnouncementDueInTenSeconds() {
        String at = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(10).toString();
        timedId = post("""
                {"texts": {"fr": {"title": "Le Koweït rejoint", "body": "Le Koweït rejoint le consortium."}},
                 "authoritativeLanguage": "fr", "releaseAt": "%s", "memberCodes": ["KW"]}""".formatted(at))
                .statusCode(201).extract().path("id");
        step(timedId, "ready", null).statusCode(200);
        step(timedId, "approve", tag(timedId)).statusCode(200);
    }

    @Test
    @Order(13)
    @TestSecurity(user = "admin-dana", roles = "admin")
    void theClockReleasesItAtItsTimeOnceDanaApproved() {
        step(timedId, "approve", tag(timedId)).statusCode(200).body("status", equalTo("approved"));
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().when().get("/api/v1/announcements/" + timedId)
                .then().body("status", equalTo("released")));
        assertEquals(1, OutboxEvent.count("aggregateId = ?1 and eventType = ?2", timedId, AnnouncementEvents.RELEASED));
        given().when().get("/api/v1/members/KW").then().body("status", equalTo("announced"));
    }

    private static void assertInvisible() {
        given().when().get("/api/v1/announcements/" + announcementId).then().statusCode(404);
        given().when().get("/api/v1/announcements").then().statusCode(200).body("id", not(hasItem(announcementId)));
        given().when().get("/api/v1/feeds/announcements.atom").then().statusCode(200)
                .body(not(containsString(announcementId)));
        given().when().get("/api/v1/pledges/" + jointPledge).then().statusCode(404);
        given().when().get("/api/v1/pledges/" + frenchPledge).then().statusCode(404);
    }

    private static Map<String, BigDecimal> publicTotals() {
        List<Map<String, Object>> groups = given().when().get("/api/v1/funding/summary?groupBy=member&currency=USD")
                .then().statusCode(200).extract().path("groups");
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Map<String, Object> g : groups) {
            totals.put((String) g.get("key"), new BigDecimal((String) g.get("announced")));
        }
        return totals;
    }
}
