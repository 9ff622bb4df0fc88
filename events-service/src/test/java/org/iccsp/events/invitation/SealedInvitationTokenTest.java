package org.iccsp.events.invitation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.contracts.SealedText;
import org.iccsp.events.Actors;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.invitation.messaging.InvitationPublisher;
import org.iccsp.platform.messaging.PoisonMessageException;
import org.iccsp.platform.messaging.SealingKeys;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The invitation token leaves on events.invitations sealed: nowhere in the record in clear, opening to the token. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class SealedInvitationTokenTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    final EventPlanner planner;
    final SealingKeys sealing;

    SealedInvitationTokenTest(EventPlanner planner, SealingKeys sealing) {
        this.planner = planner;
        this.sealing = sealing;
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void theTokenIsSealedForTheInvitationAndNeverInClearOnTheTopic() throws Exception {
        UUID event = planner.schedule(Actors.event("Sealed convening", Visibility.INVITATION_ONLY, 10).command(),
                Actors.ORGANISER).id;
        var created = given().contentType(ContentType.JSON).body("{\"email\": \"sealed-guest@example.org\"}")
                .when().post("/api/v1/events/" + event + "/invitations").then().statusCode(201).extract();
        String id = created.path("id");
        String token = created.path("token");

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .await(InvitationPublisher.TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        String value = records.get(0).value();
        EventContract.assertConforms("events/invitation-sent.v1.json", value);
        assertFalse(value.contains(token), "the token in clear on the topic: " + value);
        JsonNode sealed = new ObjectMapper().readTree(value).at("/data/token");
        assertEquals("test", sealed.path("keyId").asText(), "sealed with the first configured key");
        SealedText text = new SealedText(sealed.path("keyId").asText(), sealed.path("ciphertext").asText());
        assertEquals(token, sealing.open(text, id), "opens, for this invitation, to the link's token");
        Assertions.assertThrows(PoisonMessageException.class, () -> sealing.open(text, UUID.randomUUID().toString()),
                "not for another invitation");
    }
}
