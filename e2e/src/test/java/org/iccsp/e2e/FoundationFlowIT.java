package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * The foundation's thin flow on the real stack: an admin (token from the real Keycloak) adds a CSO
 * through the gateway → directory-service stores it and its outbox row → Kafka → notification-service
 * consumes it once → one email in the SMTP capture; replaying the same record sends no second one.
 */
@RealStack
class FoundationFlowIT {
    private static final String NOTIFICATION_GROUP = "notification-service";

    static int mailCount(String address) {
        return Mailbox.to(address).size(); // unknown user: nothing received yet
    }

    @Test
    void anAdminAddsAnOrganisationAndItsContactGetsExactlyOneEmail() {
        String contact = "e2e-" + UUID.randomUUID() + "@example.org";
        String body = """
                {"legalName": "Arava Institute for Environmental Studies", "nameHe": "מכון הערבה ללימודי הסביבה",
                 "nameAr": "معهد عربة للدراسات البيئية", "type": "educational-institution", "country": "IL",
                 "contactEmail": "%s", "sectors": ["environment-and-water", "education"]}""".formatted(contact);

        Http.Reply anonymous = Http.postJson(LocalStack.GATEWAY + "/api/v1/organizations", null, body);
        assertEquals(401, anonymous.status(), "the service checks the token itself");

        Http.Reply created = Http.postJson(LocalStack.GATEWAY + "/api/v1/organizations", Http.token("admin-carol"), body);
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();
        assertEquals("מכון הערבה ללימודי הסביבה", created.json().get("nameHe").asText());

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> mailCount(contact) >= 1);

        // Replay the very record the outbox published, as a broker redelivery would.
        TopicProbe kafka = new TopicProbe(LocalStack.KAFKA);
        List<ConsumerRecord<String, String>> published = kafka.await("directory.organizations",
                r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, published.size(), "one event published for the organisation");
        JsonNode event = new Http.Reply(200, published.get(0).value()).json();
        assertEquals("org.iccsp.directory.organization.registered.v1", event.get("type").asText());
        RecordMetadata replay = kafka.sendCloudEvent("directory.organizations", id, published.get(0).value());

        assertTrue(kafka.awaitConsumed(NOTIFICATION_GROUP, replay, Duration.ofSeconds(60)),
                "notification-service consumed the replayed record");
        // the dispatcher polls every second: give a wrongly queued second email time to go out
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mailCount(contact) == 1);
        assertEquals(1, mailCount(contact), "the replayed event produced no second email");
    }
}
