package org.iccsp.platform.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.iccsp.platform.testing.KafkaBroker;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.MetricsScrape;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** The messaging metrics move with what the outbox and the inbox really do. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class MessagingMetricsTest {
    @Inject
    OutboxLag lag;
    @Inject
    DeadLetterDepth deadLetters;
    @Inject
    ProbeConsumer consumer;
    @Inject
    TestDatabase database;

    @Test
    void outboxLagShowsRowsTheRelayCannotSendAndClearsOnceItDoes() throws Exception {
        double relayedBefore = MetricsScrape.now().value("iccsp_outbox_relayed_total", "topic", ProbeResource.TOPIC);
        String key = "lag-" + UUID.randomUUID();
        try (Connection db = database.open()) {
            hold(db, "select pg_advisory_lock(?)"); // as another relay instance would: this one skips its ticks
            given().when().post("/probe/" + key).then().statusCode(200);
            Thread.sleep(1500); // several relay ticks, all skipped
            lag.sample();
            MetricsScrape held = MetricsScrape.now();
            assertTrue(held.value("iccsp_outbox_unsent") >= 1, "the unsent row is counted");
            assertTrue(held.value("iccsp_outbox_oldest_unsent_age_seconds") >= 1, "and its age grows");
            hold(db, "select pg_advisory_unlock(?)");
        }
        new TopicProbe(KafkaBroker.shared().bootstrapServers())
                .await(ProbeResource.TOPIC, r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            lag.sample();
            MetricsScrape drained = MetricsScrape.now();
            assertEquals(0, drained.value("iccsp_outbox_unsent"));
            assertEquals(0, drained.value("iccsp_outbox_oldest_unsent_age_seconds"));
            assertTrue(drained.value("iccsp_outbox_relayed_total", "topic", ProbeResource.TOPIC) >= relayedBefore + 1);
        });
    }

    @Test
    void publishedEventsCountOnlyWhatCommitted() {
        double published = MetricsScrape.now().value("iccsp_events_published_total", "type", ProbeResource.TYPE);
        double rolledBack = MetricsScrape.now().value("iccsp_events_published_total", "type", ProbeResource.ROLLED_BACK_TYPE);
        given().when().post("/probe/count-" + UUID.randomUUID()).then().statusCode(200);
        given().when().post("/probe/fail-" + UUID.randomUUID() + "/rollback").then().statusCode(500);
        MetricsScrape after = MetricsScrape.now();
        assertEquals(published + 1, after.value("iccsp_events_published_total", "type", ProbeResource.TYPE));
        assertEquals(rolledBack, after.value("iccsp_events_published_total", "type", ProbeResource.ROLLED_BACK_TYPE),
                "a rolled-back event is not counted");
    }

    @Test
    void theInboxCountsHandledEventsAndDuplicatesAndTheDeadLetterDepthGrows() throws Exception {
        TopicProbe kafka = new TopicProbe(KafkaBroker.shared().bootstrapServers());
        String id = UUID.randomUUID().toString();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/iccsp/metrics-test","type":"%s","data":{}}"""
                .formatted(id, ProbeResource.TYPE);
        MetricsScrape before = MetricsScrape.now();
        deadLetters.sample();
        double dlqBefore = MetricsScrape.now().value("iccsp_dlq_depth", "topic", "directory.projects.dlq");

        kafka.sendCloudEvent(ProbeResource.TOPIC, id, event);
        var second = kafka.sendCloudEvent(ProbeResource.TOPIC, id, event); // a redelivery
        kafka.send(ProbeResource.TOPIC, "poison", "not a CloudEvent");
        assertTrue(kafka.awaitConsumed("messaging-test", second, Duration.ofSeconds(30)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MetricsScrape after = MetricsScrape.now();
            assertEquals(before.value("iccsp_inbox_handled_total", "consumer", ProbeConsumer.NAME) + 1,
                    after.value("iccsp_inbox_handled_total", "consumer", ProbeConsumer.NAME));
            assertEquals(before.value("iccsp_inbox_duplicates_total", "consumer", ProbeConsumer.NAME) + 1,
                    after.value("iccsp_inbox_duplicates_total", "consumer", ProbeConsumer.NAME));
            deadLetters.sample();
            assertEquals(dlqBefore + 1, MetricsScrape.now().value("iccsp_dlq_depth", "topic", "directory.projects.dlq"),
                    "the poison record waits in the DLQ");
        });
        assertEquals(java.util.Set.of("directory.projects.dlq"), deadLetters.topics());
    }

    private static void hold(Connection db, String sql) throws Exception {
        try (PreparedStatement lock = db.prepareStatement(sql)) {
            lock.setLong(1, OutboxRelay.RELAY_LOCK);
            lock.execute();
        }
    }
}
