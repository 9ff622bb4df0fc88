package org.iccsp.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.preference.persistence.RecipientPreference;
import org.iccsp.notification.smtp.Mailbox;
import org.iccsp.notification.smtp.Mailbox.Received;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A pledge submission is told to its submitter alone; the rest of the world hears of it when it is announced. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class PledgeNotificationTest {
    static final String PLEDGES = "pledges.pledges";
    static final String GROUP = "notification-service";
    static final String PIERRE = "pierre@diplomatie.example";
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void pollOnTheTestThread() {
        org.awaitility.Awaitility.pollInSameThread();
    }

    static String id(String cloudEvent) throws Exception {
        return JSON.readTree(cloudEvent).get("id").asText();
    }

    static List<Notification> causedBy(String cloudEventId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("eventId", cloudEventId));
    }

    @Test
    @TestSecurity(user = "gov-pierre", roles = "government")
    @OidcSecurity(claims = { @Claim(key = "email", value = PIERRE), @Claim(key = "government_code", value = "FR") })
    void theSubmitterAloneGetsOneReceiptInTheirLanguageAndSubscribersHearOnlyOfTheAnnouncement() throws Exception {
        given().contentType(ContentType.JSON).body("{\"language\":\"fr\",\"optedOut\":[]}")
                .when().put("/api/v1/preferences").then().statusCode(200);
        String subscription = given().contentType(ContentType.JSON)
                .body("{\"url\":\"http://127.0.0.1:9/pledges\",\"categories\":[\"pledges\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String pledgeId = "pledge-" + UUID.randomUUID();
        String submitted = Records.submitted(pledgeId, PIERRE);

        kafka.sendCloudEvent(PLEDGES, pledgeId, submitted);
        RecordMetadata redelivery = kafka.sendCloudEvent(PLEDGES, pledgeId, submitted);
        assertTrue(kafka.awaitConsumed(GROUP, redelivery, Duration.ofSeconds(30)));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(PIERRE).stream()
                .anyMatch(m -> m.text().contains(pledgeId)));

        List<Received> receipts = Mailbox.to(PIERRE).stream().filter(m -> m.text().contains(pledgeId)).toList();
        assertEquals(1, receipts.size(), "one receipt however often the event is delivered");
        Received receipt = receipts.get(0);
        assertEquals("Engagement reçu : 250000.00 EUR", receipt.subject());
        assertTrue(receipt.text().contains("reste confidentiel jusqu'à son annonce"), receipt.text());
        assertTrue(receipt.html().contains("cso-project &lt;proj-7&gt;"), "escaped: " + receipt.html());
        assertTrue(receipt.header("List-Unsubscribe").contains("category=pledge-receipts"), "receipts can be turned off");
        List<Notification> notices = causedBy(id(submitted));
        assertEquals(2, notices.size(), "an email and an in-app notice, nothing else: " + notices);
        assertTrue(notices.stream().allMatch(n -> n.recipient.equals(PIERRE) && n.category.equals("pledge-receipts")));
        given().when().get("/api/v1/notifications").then().statusCode(200)
                .body("eventType", hasItem("org.iccsp.pledges.pledge.submitted.v1"));

        String announced = Records.pledge("announced", pledgeId);
        RecordMetadata announcement = kafka.sendCloudEvent(PLEDGES, pledgeId, announced);
        assertTrue(kafka.awaitConsumed(GROUP, announcement, Duration.ofSeconds(30)));
        List<Notification> told = causedBy(id(announced));
        assertTrue(told.stream().allMatch(n -> n.channel.equals(Notification.WEBHOOK)),
                "the announcement goes to subscribers, to nobody by email: " + told);
        assertTrue(told.stream().anyMatch(n -> n.recipient.equals(subscription)), told.toString());
        given().when().delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
    }

    @Test
    void noAddressNoReceiptAndAnOptedOutSubmitterKeepsOnlyTheInAppNotice() throws Exception {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String anonymous = Records.submitted("pledge-" + UUID.randomUUID(), null);
        String optedOut = "quiet-" + UUID.randomUUID() + "@example.org";
        QuarkusTransaction.requiringNew().run(() -> RecipientPreference.of(optedOut).optedOut =
                new String[] { "pledge-receipts" });
        String quiet = Records.submitted("pledge-" + UUID.randomUUID(), optedOut);
        kafka.sendCloudEvent(PLEDGES, "p1", anonymous);
        RecordMetadata last = kafka.sendCloudEvent(PLEDGES, "p1", quiet);
        assertTrue(kafka.awaitConsumed(GROUP, last, Duration.ofSeconds(30)));

        assertEquals(0, causedBy(id(anonymous)).size(), "a token without an email claim: nobody to tell");
        List<Notification> quietNotices = causedBy(id(quiet));
        assertEquals(1, quietNotices.size());
        assertEquals(Notification.IN_APP, quietNotices.get(0).channel);
        given().when().get("/api/v1/preferences/unsubscribe?token=nope&category=pledge-receipts").then().statusCode(404);
        given().when().get("/api/v1/preferences/unsubscribe?token=nope&category=pledges").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
    }
}
