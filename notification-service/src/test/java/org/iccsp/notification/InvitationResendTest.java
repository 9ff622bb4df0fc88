package org.iccsp.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.smtp.Mailbox;
import org.iccsp.notification.smtp.Mailbox.Received;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * An organiser's resend is {@code invitation.sent.v1} again for the same invitation, with a new token: the invitee
 * is e-mailed again with the new link. A revoked or declined invitation is no news to anyone (no e-mail, no DLQ).
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class InvitationResendTest {
    static final String INVITATIONS = "events.invitations";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aResentInvitationIsEmailedAgainWithTheNewLinkAndARevocationIsNot() {
        org.awaitility.Awaitility.pollInSameThread();
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String invitee = "resent-" + UUID.randomUUID() + "@example.org";
        String invitation = "inv-" + UUID.randomUUID();
        String event = "evt-" + UUID.randomUUID();
        kafka.sendCloudEvent(INVITATIONS, invitation, Records.invitation(invitation, event, "Water dialogue", invitee,
                "first-token"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(invitee).size() == 1);
        kafka.sendCloudEvent(INVITATIONS, invitation, Records.invitation(invitation, event, "Water dialogue", invitee,
                "second-token"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(invitee).size() == 2);
        List<Received> mails = Mailbox.to(invitee);
        assertTrue(mails.get(0).text().contains("token=first-token"), mails.get(0).text());
        assertTrue(mails.get(1).text().contains("token=second-token"), mails.get(1).text());
        assertFalse(mails.get(1).text().contains("first-token"), "the resent mail carries only the new link");

        RecordMetadata revoked = kafka.sendCloudEvent(INVITATIONS, invitation, Records.envelope("events-service",
                "org.iccsp.events.invitation.revoked.v1", invitation, """
                        {"invitationId":"%s","eventId":"%s","eventTitle":"Water dialogue","email":"%s",
                         "status":"revoked","resendCount":1,"changedBy":"organizer-1"}"""
                        .formatted(invitation, event, invitee)));
        assertTrue(kafka.awaitConsumed("notification-service", revoked, Duration.ofSeconds(30)));
        assertEquals(2, Mailbox.to(invitee).size(), "a revocation sends nothing");
    }
}
