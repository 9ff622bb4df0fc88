package org.iccsp.pledge.embargo;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.iccsp.pledge.PledgeFixtures.act;
import static org.iccsp.pledge.PledgeFixtures.awaitEvent;
import static org.iccsp.pledge.PledgeFixtures.data;
import static org.iccsp.pledge.PledgeFixtures.draft;
import static org.iccsp.pledge.PledgeFixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.pledge.embargo.messaging.EmbargoEvents;
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
 * Germany and Canada pledge under the embargo "ceasefire-announced". Until an admin fires it, nothing
 * about their pledges leaks: not to another government (GB), not to organisers, not to the public, not
 * in totals, not to Kafka. At release both are announced together and each publishes its event.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbargoReleaseTest {
    private static final String NAME = "ceasefire-announced-" + System.nanoTime();
    private static final String KLAUS = "klaus@auswaertiges-amt.example";
    private static final Map<String, BigDecimal> TOTALS_BEFORE = new HashMap<>();
    private static String embargoId;
    private static String timedEmbargoId;
    private static String germanPledge;
    private static String canadianPledge;
    private static String withdrawnWhileSealed;
    private static String japanesePledge;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    @Order(0)
    void thePublicTotalsBeforehand() {
        TOTALS_BEFORE.putAll(publicAnnouncedTotalsByMember());
    }

    @Test
    @Order(1)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void adminSealsAnEmbargo() {
        embargoId = given().contentType(ContentType.JSON).body("{\"name\": \"" + NAME + "\"}")
                .when().post("/api/v1/embargoes").then().statusCode(201)
                .body("status", equalTo("sealed")).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"name\": \"" + NAME + "\"}")
                .when().post("/api/v1/embargoes").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"name\": \"Not A Slug\"}")
                .when().post("/api/v1/embargoes").then().statusCode(400).body("errors.field", hasItem("name"));
        given().contentType(ContentType.JSON).body("{\"name\": \"too-late\", \"releaseAt\": \"2020-01-01T00:00:00Z\"}")
                .when().post("/api/v1/embargoes").then().statusCode(400).body("errors.field", hasItem("releaseAt"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "gov-klaus", roles = "government")
    @OidcSecurity(claims = { @Claim(key = "government_code", value = "DE"), @Claim(key = "email", value = KLAUS) })
    void germanySubmitsUnderTheEmbargo() {
        germanPledge = draft("750000.00", "USD", "2026-02-10");
        transition(germanPledge, "{\"action\": \"submit\", \"embargoId\": \"embargo-none\"}").statusCode(400)
                .body("errors.field", hasItem("embargoId"));
        transition(germanPledge, "{\"action\": \"submit\", \"embargoId\": \"" + embargoId + "\"}").statusCode(200)
                .body("status", equalTo("submitted")).body("sealed", equalTo(true));
        act(germanPledge, "announce").statusCode(409); // only the release announces it

        given().when().get("/api/v1/pledges/" + germanPledge).then().statusCode(200).body("embargoId", equalTo(embargoId));
        given().when().get("/api/v1/pledges?member=DE").then().statusCode(200).body("id", hasItem(germanPledge));
        given().when().get("/api/v1/embargoes").then().statusCode(200)
                .body("find { it.id == '" + embargoId + "' }", not(hasKey("sealedPledges")));
        assertEquals(0, OutboxEvent.count("aggregateId", germanPledge), "a sealed submission publishes nothing");
    }

    @Test
    @Order(3)
    @TestSecurity(user = "gov-chloe", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "CA"))
    void canadaSubmitsUnderTheSameEmbargoAndWithdrawsASecondPledgeQuietly() {
        canadianPledge = draft("500000.00", "USD", "2026-02-10");
        transition(canadianPledge, "{\"action\": \"submit\", \"embargoId\": \"" + embargoId + "\"}").statusCode(200);
        withdrawnWhileSealed = draft("10.00", "USD", "2026-02-10");
        transition(withdrawnWhileSealed, "{\"action\": \"submit\", \"embargoId\": \"" + embargoId + "\"}").statusCode(200);
        transition(withdrawnWhileSealed, "{\"action\": \"withdraw\", \"reason\": \"duplicate\"}").statusCode(200);
        assertEquals(0, OutboxEvent.count("aggregateId", canadianPledge));
        assertEquals(0, OutboxEvent.count("aggregateId", withdrawnWhileSealed));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void anotherGovernmentSeesNothingBeforeRelease() {
        assertInvisible();
        act(germanPledge, "announce").statusCode(404);
    }

    @Test
    @Order(4)
    void thePublicSeesNothingAndTotalsAreUnchangedBeforeRelease() {
        assertInvisible();
        assertEquals(TOTALS_BEFORE, publicAnnouncedTotalsByMember());
    }

    @Test
    @Order(4)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void organisersSeeNothingBeforeRelease() {
        assertInvisible();
        act(germanPledge, "announce").statusCode(404);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void adminFiresTheTriggerAndBothPledgesAreAnnouncedTogether() {
        given().when().get("/api/v1/pledges/" + germanPledge).then().statusCode(200).body("sealed", equalTo(true));
        given().when().get("/api/v1/embargoes/" + embargoId).then().statusCode(200).body("sealedPledges", equalTo(2));

        // what a release would announce: the two sealed pledges, not the one withdrawn while sealed
        given().when().get("/api/v1/embargoes/" + embargoId + "/pledges").then().statusCode(200)
                .body("id", containsInAnyOrder(germanPledge, canadianPledge)).body("status", everyItem(equalTo("submitted")))
                .body("sealed", everyItem(equalTo(true))).body("memberCode", containsInAnyOrder("DE", "CA"));

        given().when().post("/api/v1/embargoes/" + embargoId + "/release").then().statusCode(200)
                .body("embargo.status", equalTo("released"))
                .body("announcedPledges", containsInAnyOrder(germanPledge, canadianPledge));
        given().when().post("/api/v1/embargoes/" + embargoId + "/release").then().statusCode(409)
                .contentType("application/problem+json");
        given().when().post("/api/v1/embargoes/embargo-none/release").then().statusCode(404);
    }

    @Test
    @Order(6)
    void afterReleaseThePublicSeesBothAndTheTotalsCountThem() {
        for (String id : List.of(germanPledge, canadianPledge)) {
            given().when().get("/api/v1/pledges/" + id).then().statusCode(200)
                    .body("status", equalTo("announced")).body("history.action", hasItem("release"));
        }
        given().when().get("/api/v1/pledges?status=announced").then().statusCode(200)
                .body("id", hasItem(germanPledge)).body("id", hasItem(canadianPledge));
        given().when().get("/api/v1/pledges/" + withdrawnWhileSealed).then().statusCode(404);

        Map<String, BigDecimal> after = publicAnnouncedTotalsByMember();
        assertEquals(new BigDecimal("750000.00"), after.get("DE").subtract(TOTALS_BEFORE.getOrDefault("DE", BigDecimal.ZERO)));
        assertEquals(new BigDecimal("500000.00"), after.get("CA").subtract(TOTALS_BEFORE.getOrDefault("CA", BigDecimal.ZERO)));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void afterReleaseAnotherGovernmentSeesBoth() {
        given().when().get("/api/v1/pledges/" + germanPledge).then().statusCode(200);
        given().when().get("/api/v1/pledges/" + canadianPledge).then().statusCode(200);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void aReleasedEmbargoKeepsTheListOfWhatItAnnouncedAPageAtATime() {
        given().when().get("/api/v1/embargoes/" + embargoId + "/pledges").then().statusCode(200)
                .body("id", containsInAnyOrder(germanPledge, canadianPledge)).body("status", everyItem(equalTo("announced")))
                .body("embargoId", everyItem(equalTo(embargoId)));
        var first = given().when().get("/api/v1/embargoes/" + embargoId + "/pledges?limit=1").then().statusCode(200)
                .body("size()", equalTo(1)).header("Link", containsString("rel=\"next\"")).extract();
        String next = first.header("Link").replaceAll("^<([^>]+)>.*$", "$1");
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length()).split("&")[0];
        List<String> second = given().urlEncodingEnabled(false).when()
                .get("/api/v1/embargoes/" + embargoId + "/pledges?limit=1&cursor=" + cursor)
                .then().statusCode(200).header("Link", org.hamcrest.Matchers.nullValue()).extract().path("id");
        List<String> both = new java.util.ArrayList<>(second);
        both.add(first.path("[0].id"));
        org.hamcrest.MatcherAssert.assertThat(both, containsInAnyOrder(germanPledge, canadianPledge));
        given().when().get("/api/v1/embargoes/" + embargoId + "/pledges?cursor=not-a-cursor").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().when().get("/api/v1/embargoes/embargo-none/pledges").then().statusCode(404);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "gov-klaus", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "DE"))
    void onlyAdminsReadAnEmbargosPledges() {
        given().when().get("/api/v1/embargoes/" + embargoId + "/pledges").then().statusCode(403);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void organisersDoNotReadAnEmbargosPledges() {
        given().when().get("/api/v1/embargoes/" + embargoId + "/pledges").then().statusCode(403);
    }

    @Test
    @Order(6)
    void anonymousCallersDoNotReadAnEmbargosPledges() {
        given().when().get("/api/v1/embargoes/" + embargoId + "/pledges").then().statusCode(401);
    }

    @Test
    @Order(7)
    void theReleasePublishedOneAnnouncedEventPerPledgeAndTheReleasedEvent() {
        for (String id : List.of(germanPledge, canadianPledge)) {
            String event = awaitEvent(bootstrap, PledgeEvents.TOPIC, id, PledgeEvents.ANNOUNCED);
            EventContract.assertConforms("events/pledge-announced.v1.json", event);
            assertEquals(embargoId, data(event).get("embargoId").asText());
            assertEquals(1, OutboxEvent.count("aggregateId", id), "the announcement is its first and only event");
            assertFalse(event.contains(KLAUS), "no submission receipt for a sealed pledge, before or after release");
        }
        String released = awaitEvent(bootstrap, EmbargoEvents.TOPIC, embargoId, EmbargoEvents.RELEASED);
        EventContract.assertConforms("events/embargo-released.v1.json", released);
        assertEquals(2, data(released).get("pledgeCount").asInt());
        assertEquals(NAME, data(released).get("name").asText());
        assertEquals(0, OutboxEvent.count("aggregateId", withdrawnWhileSealed));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "gov-klaus", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "DE"))
    void nothingMoreCanBeSealedUnderAReleasedEmbargo() {
        String late = draft("1.00", "USD", "2026-02-10");
        transition(late, "{\"action\": \"submit\", \"embargoId\": \"" + embargoId + "\"}").statusCode(409);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void adminSealsAnEmbargoWithAReleaseTime() {
        String releaseAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(12).toString();
        timedEmbargoId = given().contentType(ContentType.JSON)
                .body("{\"name\": \"g7-working-session-" + System.nanoTime() + "\", \"releaseAt\": \"" + releaseAt + "\"}")
                .when().post("/api/v1/embargoes").then().statusCode(201).extract().path("id");
    }

    @Test
    @Order(10)
    @TestSecurity(user = "gov-kenji", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "JP"))
    void japanSubmitsUnderIt() {
        japanesePledge = draft("90000000", "JPY", "2026-02-10");
        transition(japanesePledge, "{\"action\": \"submit\", \"embargoId\": \"" + timedEmbargoId + "\"}")
                .statusCode(200).body("sealed", equalTo(true));
    }

    @Test
    @Order(11)
    void theClockReleasesItOnTime() {
        given().when().get("/api/v1/pledges/" + japanesePledge).then().statusCode(404);
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).pollInSameThread().until(() ->
                given().when().get("/api/v1/pledges/" + japanesePledge).then().extract().statusCode() == 200);
        given().when().get("/api/v1/pledges/" + japanesePledge).then().body("status", equalTo("announced"))
                .body("history.find { it.action == 'release' }.actor", equalTo("embargo-clock"));
        EventContract.assertConforms("events/pledge-announced.v1.json",
                awaitEvent(bootstrap, PledgeEvents.TOPIC, japanesePledge, PledgeEvents.ANNOUNCED));
    }

    private static void assertInvisible() {
        for (String id : List.of(germanPledge, canadianPledge, withdrawnWhileSealed)) {
            given().when().get("/api/v1/pledges/" + id).then().statusCode(404);
        }
        given().when().get("/api/v1/pledges?limit=500").then().statusCode(200)
                .body("id", not(hasItem(germanPledge))).body("id", not(hasItem(canadianPledge)));
        given().when().get("/api/v1/pledges?member=DE").then().statusCode(200).body("id", not(hasItem(germanPledge)));
    }

    /** Announced totals by member in USD, as the public sees them. */
    private static Map<String, BigDecimal> publicAnnouncedTotalsByMember() {
        List<Map<String, Object>> groups = given().when().get("/api/v1/funding/summary?groupBy=member&currency=USD")
                .then().statusCode(200).extract().path("groups");
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Map<String, Object> g : groups) {
            totals.put((String) g.get("key"), new BigDecimal((String) g.get("announced")));
        }
        return totals;
    }
}
