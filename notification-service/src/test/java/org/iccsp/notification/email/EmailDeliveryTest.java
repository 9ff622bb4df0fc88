package org.iccsp.notification.email;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.Records;
import org.iccsp.notification.delivery.persistence.DeliveryAttempt;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.preference.persistence.RecipientPreference;
import org.iccsp.notification.smtp.Mailbox;
import org.iccsp.notification.smtp.Mailbox.Received;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** Email over real SMTP: what a mail client receives, and what happens when the SMTP server is away. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class EmailDeliveryTest {
    static final String INVITATIONS = "events.invitations";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static void invite(TopicProbe kafka, String email, String title) {
        kafka.sendCloudEvent(INVITATIONS, "inv", Records.invitation("inv-" + UUID.randomUUID(), "evt-1", title, email,
                "token-" + UUID.randomUUID()));
    }

    /** Read in a transaction of its own: the dispatcher changes these rows on its own threads. */
    static Notification emailTo(String address) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "channel = 'email' and recipient = ?1", address).firstResult());
    }

    static List<String> outcomes(String address) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Notification n = Notification.find("channel = 'email' and recipient = ?1", address).firstResult();
            return n == null ? List.<String>of() : DeliveryAttempt.<DeliveryAttempt>list(
                    "notificationId = ?1 order by id", n.id).stream().map(a -> a.outcome).toList();
        });
    }

    @Test
    void hebrewReadersGetARightToLeftMessageWithTheirTextEscaped() {
        String reader = "he-" + UUID.randomUUID() + "@example.org";
        QuarkusTransaction.requiringNew().run(() -> RecipientPreference.of(reader).language = "he");
        invite(new TopicProbe(bootstrapServers), reader, "<script>alert('x')</script> ירושלים");

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(reader).size() == 1);
        Received mail = Mailbox.to(reader).get(0);
        assertEquals("הוזמנת: <script>alert('x')</script> ירושלים", mail.subject(), "RFC 2047 subject decodes intact");
        assertTrue(mail.html().contains("<html lang=\"he\" dir=\"rtl\">"), mail.html());
        assertTrue(mail.html().contains("text-align: right"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ירושלים"), mail.html());
        assertTrue(!mail.html().contains("<script>"), "no markup from the event reaches the HTML part");
        assertTrue(mail.text().contains("הוזמנת ל-\u2068<script>alert('x')</script> ירושלים\u2069"),
                "plain text stays plain, the title isolated (bidi)");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void whileTheSmtpServerIsAwayMailIsRetriedWithBackoffAndAFailedOneIsReplayedByAnAdmin() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String patient = "patient-" + UUID.randomUUID() + "@example.org";
        SmtpServerResource.takeDown();
        try {
            invite(kafka, patient, "Retried");
            await().atMost(Duration.ofSeconds(30)).until(() -> outcomes(patient).size() >= 2);
        } finally {
            SmtpServerResource.bringBack();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(patient).size() == 1);
        // the SMTP hand-off comes before the commit that records it
        await().atMost(Duration.ofSeconds(30)).until(() -> outcomes(patient).contains("sent"));
        List<String> log = outcomes(patient);
        assertEquals("sent", log.get(log.size() - 1), "delivered once the server is back: " + log);
        assertTrue(log.subList(0, log.size() - 1).stream().allMatch("retry"::equals), log.toString());

        String unlucky = "unlucky-" + UUID.randomUUID() + "@example.org";
        SmtpServerResource.takeDown();
        try {
            invite(kafka, unlucky, "Failed, then replayed");
            await().atMost(Duration.ofSeconds(60)).until(() -> emailTo(unlucky) != null
                    && Notification.FAILED.equals(emailTo(unlucky).status));
        } finally {
            SmtpServerResource.bringBack();
        }
        Notification failed = emailTo(unlucky);
        assertEquals(5, failed.attempts, "iccsp.email.max-attempts in tests");
        given().when().get("/api/v1/deliveries/" + failed.id).then().statusCode(200)
                .body("status", equalTo("failed")).body("log", hasSize(5))
                .body("log.outcome", equalTo(List.of("retry", "retry", "retry", "retry", "failed")));
        assertEquals(0, Mailbox.to(unlucky).size());

        given().when().post("/api/v1/deliveries/" + failed.id + "/replay").then().statusCode(200)
                .body("status", equalTo("pending"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(unlucky).size() == 1);
        assertEquals("<" + failed.id + "@iccsp.local>", Mailbox.to(unlucky).get(0).messageId(),
                "the replay carries the same Message-ID");
        // the mail can arrive a moment before the transaction that marks it sent commits
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/api/v1/deliveries/" + failed.id)
                .then().statusCode(200)
                .body("status", equalTo("sent")).body("log", hasSize(6)).body("log[5].outcome", equalTo("sent")));
        given().when().post("/api/v1/deliveries/" + failed.id + "/replay").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void aSendThatStallsIsRecordedWithItsRealCause() {
        String stuck = "stuck-" + UUID.randomUUID() + "@example.org";
        SmtpServerResource.stall();
        try {
            invite(new TopicProbe(bootstrapServers), stuck, "Stalled");
            // %test.quarkus.mailer.timeout (5 s) ends the first attempt
            await().atMost(Duration.ofSeconds(60)).until(() -> !outcomes(stuck).isEmpty());
        } finally {
            SmtpServerResource.bringBack();
        }
        Notification n = emailTo(stuck);
        String detail = given().when().get("/api/v1/deliveries/" + n.id).then().statusCode(200)
                .body("log[0].outcome", equalTo("retry")).extract().path("log[0].detail");
        assertTrue(detail != null && !detail.equals("null") && detail.toLowerCase().contains("timeout"),
                "the cause, not \"null\": " + detail);
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(stuck).size() == 1);
        assertTrue(emailTo(stuck).lastError == null, "cleared once sent");
    }
}
