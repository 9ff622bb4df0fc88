package org.iccsp.pledge.pledge;

import static io.restassured.RestAssured.given;
import static org.iccsp.pledge.PledgeFixtures.act;
import static org.iccsp.pledge.PledgeFixtures.awaitEvent;
import static org.iccsp.pledge.PledgeFixtures.data;
import static org.iccsp.pledge.PledgeFixtures.patchMember;
import static org.iccsp.pledge.PledgeFixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.pledge.PledgeFixtures;
import org.iccsp.pledge.pledge.messaging.PledgeEvents;
import org.iccsp.pledge.pledge.persistence.WithheldEvent;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 17's leftover: Luxembourg (LU) joins confidentially; its pledges' public events are withheld (only the
 * submitter's receipt goes out). When LU is announced, the withheld events of its pledges that are public by then
 * go out in the order they happened, once: announced, committed, disbursed of its own pledge; announced of a joint
 * pledge with GB. A pledge still sealed stays withheld until its embargo's release; a withdrawn one never goes
 * out; a joint pledge with another member not yet announced waits for that member.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WithheldEventsTest {
    private static String own;
    private static String joint;
    private static String withQatar;
    private static String sealed;
    private static String withdrawn;
    private static String embargo;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    @Order(1)
    @TestSecurity(user = "admin-withheld", roles = "admin")
    void aConfidentialMembersPledgesGoThroughTheirLifecycleUnpublished() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"LU\", \"name\": \"Luxembourg\", \"bloc\": \"EU\", \"status\": \"confidential\"}")
                .when().post("/api/v1/members").then().statusCode(201);
        own = pledge("LU", null);
        act(own, "submit").statusCode(200);
        act(own, "announce").statusCode(200);
        act(own, "commit").statusCode(200);
        transition(own, "{\"action\": \"disburse\", \"amount\": \"100.00\", \"date\": \"" + LocalDate.now().minusDays(1) + "\"}")
                .statusCode(200);

        joint = pledge("GB", "LU");
        act(joint, "submit").statusCode(200);
        act(joint, "announce").statusCode(200);

        withQatar = pledge("LU", "QA"); // Qatar is prospective
        act(withQatar, "submit").statusCode(200);
        act(withQatar, "announce").statusCode(200);

        withdrawn = pledge("LU", null);
        act(withdrawn, "submit").statusCode(200);
        act(withdrawn, "announce").statusCode(200);
        transition(withdrawn, "{\"action\": \"withdraw\", \"reason\": \"budget cut\"}").statusCode(200);

        embargo = given().contentType(ContentType.JSON).body("{\"name\": \"lu-" + System.nanoTime() + "\"}")
                .when().post("/api/v1/embargoes").then().statusCode(201).extract().path("id");
        sealed = pledge("LU", null);
        transition(sealed, "{\"action\": \"submit\", \"embargoId\": \"" + embargo + "\"}").statusCode(200);

        for (String id : List.of(own, joint, withQatar, withdrawn)) {
            assertEquals(List.of(PledgeEvents.SUBMITTED), published(id), "only the receipt of " + id);
        }
        assertEquals(List.of(), published(sealed));
        assertEquals(List.of(PledgeEvents.ANNOUNCED, PledgeEvents.COMMITTED, PledgeEvents.DISBURSED), withheld(own));
        assertEquals(List.of(PledgeEvents.ANNOUNCED), withheld(joint));
        assertEquals(List.of(), withheld(withdrawn), "a withdrawn pledge never was public: nothing kept");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "admin-withheld", roles = "admin")
    void announcingTheMemberPublishesWhatWasWithheldInOrder() {
        patchMember("LU", "{\"status\": \"announced\"}").statusCode(200);

        assertEquals(List.of(PledgeEvents.SUBMITTED, PledgeEvents.ANNOUNCED, PledgeEvents.COMMITTED, PledgeEvents.DISBURSED),
                published(own), "in the order they happened");
        assertEquals(List.of(PledgeEvents.SUBMITTED, PledgeEvents.ANNOUNCED), published(joint));
        assertEquals(List.of(PledgeEvents.SUBMITTED), published(withQatar), "Qatar is not announced yet");
        assertEquals(List.of(PledgeEvents.ANNOUNCED), withheld(withQatar));
        assertEquals(List.of(PledgeEvents.SUBMITTED), published(withdrawn));
        assertEquals(List.of(), published(sealed), "still sealed: nothing until its embargo's release");
        assertEquals(List.of(), withheld(own));

        String announced = awaitEvent(bootstrap, PledgeEvents.TOPIC, own, PledgeEvents.ANNOUNCED);
        EventContract.assertConforms("events/pledge-announced.v1.json", announced);
        assertEquals("LU", data(announced).get("memberCode").asText(), "named, now that it is announced");
        assertEquals("1000.00", data(announced).get("amount").asText());
        String disbursed = awaitEvent(bootstrap, PledgeEvents.TOPIC, own, PledgeEvents.DISBURSED);
        EventContract.assertConforms("events/pledge-disbursed.v1.json", disbursed);
        assertEquals("100.00", data(disbursed).get("amount").asText());
        String jointAnnounced = awaitEvent(bootstrap, PledgeEvents.TOPIC, joint, PledgeEvents.ANNOUNCED);
        assertEquals("LU", data(jointAnnounced).at("/shares/1/memberCode").asText());
    }

    @Test
    @Order(3)
    @TestSecurity(user = "admin-withheld", roles = "admin")
    void anotherChangeOfTheMembersStatusPublishesNothingTwice() {
        patchMember("LU", "{\"status\": \"confidential\"}").statusCode(200);
        patchMember("LU", "{\"status\": \"announced\"}").statusCode(200);
        patchMember("LU", "{\"name\": \"Grand Duchy of Luxembourg\", \"status\": \"announced\"}").statusCode(200);
        assertEquals(4, published(own).size(), "once: " + published(own));
        assertEquals(2, published(joint).size());
        act(own, "withdraw").statusCode(400); // a reason is required: nothing changes
        transition(own, "{\"action\": \"withdraw\", \"reason\": \"merged\"}").statusCode(200);
        assertEquals(PledgeEvents.WITHDRAWN, published(own).get(4), "a public pledge's events go out at once");
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin-withheld", roles = "admin")
    void theSealedPledgeGoesOutAtItsRelease() {
        given().when().post("/api/v1/embargoes/" + embargo + "/release").then().statusCode(200);
        assertEquals(List.of(PledgeEvents.ANNOUNCED), published(sealed));
        patchMember("QA", "{\"status\": \"announced\"}").statusCode(200);
        assertEquals(List.of(PledgeEvents.SUBMITTED, PledgeEvents.ANNOUNCED), published(withQatar),
                "its last member announced: the joint pledge goes out");
        assertTrue(withheld(withQatar).isEmpty());
        patchMember("QA", "{\"status\": \"prospective\"}").statusCode(200); // as the seed has it, for other tests
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** An admin's EUR 1,000 draft for {@code lead}, joint with {@code partner} (EUR 400 of it) when not null. */
    private static String pledge(String lead, String partner) {
        String body = PledgeFixtures.pledge("1000.00", "EUR", "2025-06-02").replace("{\"amount\"",
                "{\"memberCode\": \"" + lead + "\", \"amount\"");
        if (partner != null) {
            body = body.replace("\"newMoney\": true", "\"newMoney\": true, \"jointLabel\": \"Benelux fund\", \"shares\": ["
                    + "{\"memberCode\": \"" + lead + "\", \"amount\": \"600.00\", \"currency\": \"EUR\"}, "
                    + "{\"memberCode\": \"" + partner + "\", \"amount\": \"400.00\", \"currency\": \"EUR\"}]");
        }
        return PledgeFixtures.create(body).statusCode(201).extract().path("id");
    }

    /** The types of the pledge's events in the outbox, in order. */
    private static List<String> published(String pledgeId) {
        return OutboxEvent.<OutboxEvent>list("aggregateId = ?1 order by seq", pledgeId).stream().map(e -> e.eventType).toList();
    }

    private static List<String> withheld(String pledgeId) {
        return WithheldEvent.of(pledgeId).stream().map(e -> e.eventType).toList();
    }
}
