package org.iccsp.platform.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.iccsp.platform.testing.KafkaBroker;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * The relay runs when a transaction that wrote outbox rows commits: with its tick an hour apart,
 * committed events still reach Kafka at once, and a burst of commits all arrive.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.HourlyTick.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class OutboxWakeUpTest {

    public static class HourlyTick implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iccsp.outbox.interval", "1h");
        }
    }

    @Test
    void committedEventsReachKafkaWithoutWaitingForTheTick() {
        String prefix = "woken-" + UUID.randomUUID() + "-";
        int burst = 20;
        for (int i = 0; i < burst; i++) {
            given().when().post("/probe/" + prefix + i).then().statusCode(200);
        }
        var records = new TopicProbe(KafkaBroker.shared().bootstrapServers())
                .await(ProbeResource.TOPIC, r -> r.key() != null && r.key().startsWith(prefix), burst, Duration.ofSeconds(30));
        assertEquals(burst, records.stream().map(r -> r.key()).distinct().count(), "every committed event");
    }
}
