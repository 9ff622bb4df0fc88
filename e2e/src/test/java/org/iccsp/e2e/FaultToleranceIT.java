package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Faults on the real stack: the broker, a producing service, the consuming notification-service
 * (each SIGKILLed) and PostgreSQL (stopped) come back with nothing lost and nothing sent twice,
 * counted as emails in the SMTP capture; a poison record goes to its topic's DLQ while the
 * consumer goes on. Runs after every other class; each test leaves the whole stack running.
 */
@RealStack
@Order(RealStack.FAULTS)
class FaultToleranceIT {
    private static final Duration DELIVERY = Duration.ofSeconds(120);
    private static final List<String> DATABASE_SERVICES = List.of("directory-service", "pledge-service",
            "events-service", "notification-service");

    @BeforeEach
    void englishAndNothingOptedOut() {
        Traffic.defaultPreferences();
    }

    @AfterEach
    void heal() {
        LocalStack.heal();
    }

    /** Every action ends with exactly one email, and still one a few seconds later (no late duplicate). */
    private static void awaitExactlyOnce(List<Traffic.Sent> sent) {
        awaitExactlyOnce(sent, 0);
    }

    /** The same, with up to {@code resendsAllowed} extra copies of one message (same Message-ID) in all. */
    private static void awaitExactlyOnce(List<Traffic.Sent> sent, int resendsAllowed) {
        awaitNoProblem(() -> Traffic.notExactlyOnce(sent, resendsAllowed), DELIVERY, Duration.ofSeconds(5), "emails per event");
    }

    /** Waits until {@code problems} finds none ("") within {@code within}, then until none came up during {@code stable}. */
    private static void awaitNoProblem(Supplier<String> problems, Duration within, Duration stable, String what) {
        await().atMost(within).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertEquals("", problems.get(), what));
        await().during(stable).atMost(stable.plusSeconds(3)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertEquals("", problems.get(), what + ", later"));
    }

    @Test
    void theBrokerKilledDuringAStreamOfPledgesAndRegistrationsLosesAndDuplicatesNothing() throws Exception {
        String admin = Http.token("admin-carol");
        try (WebhookReceiver hooks = new WebhookReceiver()) {
            Http.Reply subscribed = Http.postJson(LocalStack.GATEWAY + "/api/v1/webhooks", admin,
                    "{\"url\": \"%s\", \"categories\": [\"events\"]}".formatted(hooks.url("/faults")));
            assertEquals(201, subscribed.status(), subscribed.body());
            List<Traffic.Sent> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.addAll(Traffic.oneOfEach());
            }
            LocalStack.kill("kafka");
            for (int i = 0; i < 3; i++) { // the services take requests while the broker is gone: the outbox holds the events
                sent.addAll(Traffic.oneOfEach());
            }
            LocalStack.heal();
            for (int i = 0; i < 3; i++) {
                sent.addAll(Traffic.oneOfEach());
            }
            awaitExactlyOnce(sent);
            awaitNoProblem(() -> Traffic.webhooksNotExactlyOnce(sent, hooks, "/faults"), Duration.ofSeconds(30),
                    Duration.ofSeconds(3), "webhooks per event");
            assertEquals(204, Http.call("DELETE", LocalStack.GATEWAY + "/api/v1/webhooks/" + subscribed.json().get("id").asText(),
                    admin, null, null).status());
        }
    }

    @Test
    void aProducerKilledMidBatchResumesItsOutboxAndLosesNoEvent() throws Exception {
        List<Traffic.Sent> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unanswered = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        String admin = Http.token("admin-carol");
        List<Future<?>> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(writers.submit(() -> {
                try {
                    acknowledged.add(Traffic.organisation(admin));
                } catch (AssertionError refusedOrCut) {
                    unanswered.incrementAndGet(); // directory-service is down: this one may or may not be stored
                }
            }));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 8);
        LocalStack.kill("directory-service");
        int unsentAtKill = unsentOutboxRows("e2e_directory");
        for (Future<?> f : batch) {
            f.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
        assertTrue(unanswered.get() > 0, "the kill came in the middle of the batch");
        assertTrue(unsentAtKill > 0, "the kill left outbox rows for the restarted relay");
        System.out.printf("directory-service killed: %d organisations acknowledged, %d requests cut, %d outbox rows unsent%n",
                acknowledged.size(), unanswered.get(), unsentAtKill);

        LocalStack.heal();
        awaitExactlyOnce(List.copyOf(acknowledged));
        assertEquals(0, unsentOutboxRows("e2e_directory"), "the restarted relay published every row");
    }

    @Test
    void theConsumerKilledMidBatchSendsNoSecondEmail() throws Exception {
        List<Traffic.Sent> sent = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(3);
        String admin = Http.token("admin-carol");
        List<Future<?>> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(writers.submit(() -> sent.add(Traffic.organisation(admin))));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Traffic.copies(List.copyOf(sent)) >= 3);
        LocalStack.kill("notification-service");
        long mailedAtKill = Traffic.copies(List.copyOf(sent));
        for (Future<?> f : batch) {
            f.get(60, TimeUnit.SECONDS); // directory-service keeps taking organisations
        }
        writers.shutdown();
        // Mid-batch: the dead consumer had not committed the offsets of the whole batch, so its successor
        // reads again records whose emails may already be out.
        long committed = committedRecords(List.copyOf(sent));
        assertTrue(committed < sent.size(), "the kill came before the whole batch was committed");
        System.out.printf("notification-service killed after %d of %d emails, %d of the records committed%n",
                mailedAtKill, sent.size(), committed);

        LocalStack.heal();
        // One email per event: a redelivered record must not make a second one (the inbox drops it). The one
        // email the kill may have caught between SMTP's acceptance and the commit marking it sent is sent
        // again, as the same message (same Message-ID): no SMTP client can avoid that window (ADR 0002).
        awaitExactlyOnce(List.copyOf(sent), 1);
        System.out.printf("after the restart: %d emails for %d events%n", Traffic.copies(List.copyOf(sent)), sent.size());
    }

    /** How many of these organisations' records notification-service had committed (is past) on directory.organizations. */
    private static long committedRecords(List<Traffic.Sent> organisations) throws Exception {
        Set<String> ids = organisations.stream().map(Traffic.Sent::id).collect(Collectors.toSet());
        List<ConsumerRecord<String, String>> records = new TopicProbe(LocalStack.KAFKA).await("directory.organizations",
                r -> ids.contains(r.key()), ids.size(), Duration.ofSeconds(30));
        assertEquals(ids.size(), records.size(), "every acknowledged organisation was published");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("notification-service")
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            return records.stream().filter(r -> {
                OffsetAndMetadata at = offsets.get(new TopicPartition(r.topic(), r.partition()));
                return at != null && at.offset() > r.offset();
            }).count();
        }
    }

    @Test
    void postgresStoppedMakesTheServicesNotReadyAndTheyRecoverWithoutARestart() {
        Map<String, Long> pids = new HashMap<>();
        DATABASE_SERVICES.forEach(s -> pids.put(s, LocalStack.pid(s)));
        LocalStack.stop("postgres");
        for (String service : DATABASE_SERVICES) {
            await(service + " not ready").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> readiness(service) == 503);
        }
        LocalStack.heal(); // starts PostgreSQL alone: every service was still running
        for (String service : DATABASE_SERVICES) {
            await(service + " ready again").atMost(Duration.ofSeconds(60)).until(() -> readiness(service) == 200);
            assertEquals(pids.get(service), LocalStack.pid(service), service + " recovered without a restart");
        }
        awaitExactlyOnce(Traffic.oneOfEach());
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextEventIsStillProcessed() {
        String official = Http.token("gov-gb");
        String amount = PledgeReceiptIT.uniqueAmount();
        String pledgeId = PledgeReceiptIT.draft(official, amount);
        TopicProbe kafka = new TopicProbe(LocalStack.KAFKA);
        String poison = "{\"specversion\": \"1.0\", \"type\": "; // truncated JSON: no consumer can ever read it
        // Keyed like the pledge's own events: same partition, so its submission queues up behind the poison.
        RecordMetadata sentPoison = kafka.send("pledges.pledges", pledgeId, poison);
        PledgeReceiptIT.submit(official, pledgeId, null);

        List<ConsumerRecord<String, String>> dead = kafka.await("pledges.pledges.dlq",
                r -> pledgeId.equals(r.key()), 1, Duration.ofSeconds(60));
        assertEquals(1, dead.size(), "the poison record is on the dead-letter topic");
        assertEquals(poison, dead.get(0).value());
        assertTrue(kafka.awaitConsumed("notification-service", sentPoison, Duration.ofSeconds(60)),
                "notification-service moved past the poison record");
        awaitExactlyOnce(List.of(Traffic.receipt(pledgeId, amount)));
    }

    private static int readiness(String service) {
        try {
            return Http.get(MetricsCatalogueIT.management(service) + "/health/ready").status();
        } catch (AssertionError unreachable) {
            return -1;
        }
    }

    /** Outbox rows not yet published, read straight from the service's database. */
    private static int unsentOutboxRows(String database) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + LocalStack.POSTGRES_PORT
                + "/" + database, "iccsp", "iccsp");
                ResultSet rs = db.createStatement().executeQuery("select count(*) from outbox_event where sent_at is null")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
