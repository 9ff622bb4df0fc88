package org.iccsp.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.delivery.persistence.DeliveryAttempt;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.notification.smtp.Mailbox;
import org.iccsp.notification.smtp.Mailbox.Received;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class DirectoryNotificationTest {
    private static final String TOPIC = "directory.organizations";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static String registered(String eventId, String orgId, String legalName, String email) {
        return """
                {"specversion":"1.0","id":"%s","source":"/iccsp/directory-service",
                 "type":"org.iccsp.directory.organization.registered.v1","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"organizationId":"%s","legalName":"%s","type":"ngo","country":"IL",
                         "sectors":["arts-and-music"],"status":"verified","contactEmail":"%s","registeredBy":"admin"}}
                """.formatted(eventId, orgId, OffsetDateTime.now(), orgId, legalName, email);
    }

    static List<Received> mailTo(String address) {
        return Mailbox.to(address);
    }

    @Test
    void aRedeliveredEventSendsNoSecondEmail() {
        String org = "org-" + UUID.randomUUID();
        String email = org + "@example.org";
        String event = registered(UUID.randomUUID().toString(), org, "Heartbeat <script>alert(1)</script>", email);
        TopicProbe kafka = new TopicProbe(bootstrapServers);

        kafka.sendCloudEvent(TOPIC, org, event);
        kafka.sendCloudEvent(TOPIC, org, event); // redelivery: same source + id
        // a later event on the same key (so the same partition) proves both copies were consumed
        String sentinelEmail = "sentinel-" + email;
        kafka.sendCloudEvent(TOPIC, org, registered(UUID.randomUUID().toString(), org, "Sentinel", sentinelEmail));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(sentinelEmail).size() == 1);
        assertEquals(1, mailTo(email).size(), "exactly one email for the event, however often it is delivered");
        Received mail = mailTo(email).get(0);
        assertTrue(mail.subject().contains("Heartbeat"));
        assertTrue(mail.html().contains("Heartbeat &lt;script&gt;"), "user-supplied text is escaped in HTML");
        assertTrue(mail.header("List-Unsubscribe").contains("category=directory"), "the same path as every letter: "
                + mail.header("List-Unsubscribe"));
        assertEquals(1, Notification.count("channel = 'email' and recipient = ?1", email));
        assertEquals(1, Notification.count("channel = 'in-app' and recipient = ?1", email),
                "told like every other letter: an in-app notice too");
        Notification notice = Notification.find("channel = 'email' and recipient = ?1", email).firstResult();
        assertEquals(Notification.SENT, notice.status);
        assertEquals(1, DeliveryAttempt.count("notificationId", notice.id));
    }

    @Test
    void aLineBreakInANameNeitherBlocksTheMailNorStartsAHeader() {
        String org = "org-" + UUID.randomUUID();
        String email = org + "@example.org";
        String attacker = "attacker-" + org + "@example.org";
        new TopicProbe(bootstrapServers).sendCloudEvent(TOPIC, org,
                registered(UUID.randomUUID().toString(), org, "Evil\\r\\nBcc: " + attacker, email));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email).size() == 1);
        assertEquals("Listed in the ICCSP directory: Evil Bcc: " + attacker, mailTo(email).get(0).subject());
        assertTrue(mailTo(attacker).isEmpty(), "no recipient of the name's making");
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String org = "org-" + UUID.randomUUID();
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        kafka.send(TOPIC, org, "this is not a CloudEvent");
        String email = org + "@example.org";
        kafka.sendCloudEvent(TOPIC, org, registered(UUID.randomUUID().toString(), org, "After the poison", email));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email).size() == 1);
        assertEquals(1, kafka.await(TOPIC + ".dlq", r -> org.equals(r.key()), 1, Duration.ofSeconds(20)).size());
    }

    static String decided(String verb, String orgId, String legalName, String email, String reason) {
        return """
                {"specversion":"1.0","id":"%s","source":"/iccsp/directory-service",
                 "type":"org.iccsp.directory.organization.%s.v1","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"organizationId":"%s","legalName":"%s","contactEmail":"%s","reason":%s,"%sBy":"admin-carol"}}
                """.formatted(UUID.randomUUID(), verb, orgId, OffsetDateTime.now(), orgId, legalName, email,
                reason == null ? "null" : "\"" + reason + "\"", verb.equals("verified") ? "verified" : "rejected");
    }

    @Test
    void theContactHearsOfVerificationAndRejectionByEmailAndInApp() {
        String org = "org-" + UUID.randomUUID();
        String email = org + "@example.org";
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        kafka.sendCloudEvent(TOPIC, org, decided("rejected", org, "Bridges", email, "Duplicate of org-0007"));
        kafka.sendCloudEvent(TOPIC, org, decided("verified", org, "Bridges", email, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email).size() == 2);
        // two deliveries of one recipient may reach SMTP in either order: each is found by its subject
        var mails = mailTo(email);
        assertEquals(java.util.Set.of("Directory registration not accepted: Bridges", "Verified in the ICCSP directory: Bridges"),
                mails.stream().map(m -> m.subject()).collect(java.util.stream.Collectors.toSet()));
        assertTrue(mails.stream().filter(m -> m.subject().startsWith("Directory registration not accepted")).findFirst().orElseThrow()
                .text().contains("Reason: \u2068Duplicate of org-0007\u2069"));
        assertEquals(2, Notification.count("channel = 'in-app' and recipient = ?1", email));
    }
}
