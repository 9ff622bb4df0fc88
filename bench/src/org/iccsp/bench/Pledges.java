package org.iccsp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;

/**
 * Pledge submitted → receipt handed to SMTP: gov-gb submits drafted pledges at pledge-service at a
 * fixed rate; the latency runs from the moment a submit was due until the SMTP capture holds its
 * receipt (found by the pledge's unique amount in the subject). Baseline: a bare Kafka
 * produce → consume round trip on the same broker at the same rate (acks=all, as the outbox relay).
 */
final class Pledges {
    private static final double RATE = Double.parseDouble(System.getenv().getOrDefault("BENCH_PLEDGES_RATE", "100"));
    private static final int COUNT = Integer.parseInt(System.getenv().getOrDefault("BENCH_PLEDGES_COUNT", "1000"));
    private static final long POLL_MS = 100;
    private static final String OFFICIAL = "gov-gb@iccsp.test";

    private Pledges() {
    }

    static void run() throws Exception {
        String token = Stack.token("gov-gb", "gov-gb-pw");
        long nonce = System.currentTimeMillis() / 1000 % 1000;
        List<String> ids = drafts(token, nonce);
        Stack.expect(Stack.request(Stack.MAIL_API + "/api/mail/purge", null)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()), 200);

        Map<String, Long> seen = new ConcurrentHashMap<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = Thread.ofPlatform().start(() -> poll(seen, polling));
        long[] due = new long[COUNT];
        long start = System.nanoTime();
        Load.Result submits = Load.open(RATE, COUNT, i -> {
            due[i] = start + (long) (i * 1e9 / RATE);
            return Stack.async(Stack.json(Stack.PLEDGES + "/api/v1/pledges/" + ids.get(i) + "/transitions", token,
                    "{\"action\": \"submit\"}"), 200);
        });
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (seen.size() < COUNT && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        polling.set(false);
        poller.join();
        List<Long> e2e = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            Long at = seen.get(amount(nonce, i));
            if (at != null) {
                e2e.add(at - due[i]);
            }
        }
        Stats kafka = kafkaRoundTrip();
        new Report("pledges", ("%d pledges submitted at %.0f/s (open loop) by gov-gb straight to pledge-service; "
                + "the SMTP capture's mailbox read every %d ms (the resolution of the end-to-end figures)")
                .formatted(COUNT, RATE, POLL_MS))
                .table(Stats.of("submit → receipt at SMTP", e2e, COUNT - e2e.size()), kafka)
                .line(Stats.of("submit HTTP answer", submits.latencies(), submits.errors()).row())
                .line("").line("Errors in the first row are receipts that had not arrived 3 minutes after the last submit.")
                .write();
    }

    private static String amount(long nonce, int i) {
        return (nonce * 100_000 + i) + ".25";
    }

    private static List<String> drafts(String token, long nonce) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String body = """
                    {"amount": %s, "currency": "EUR", "valueDate": "2026-02-02", "verticals": ["education"],
                     "target": {"kind": "cso-project", "ref": "org-0001/project-1"}, "newMoney": true}""".formatted(amount(nonce, i));
            String key = "bench-" + nonce + "-" + i + "-" + System.nanoTime();
            futures.add(pool.submit(() -> Stack.field(Stack.expect(Stack.json(Stack.PLEDGES + "/api/v1/pledges", token, body)
                    .header("Idempotency-Key", key), 201), "id")));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : futures) {
            ids.add(f.get());
        }
        pool.shutdown();
        return ids;
    }

    /** Notes when each receipt subject first shows in the capture's mailbox. */
    private static void poll(Map<String, Long> seen, AtomicBoolean polling) {
        Pattern subject = Pattern.compile("\"subject\"\\s*:\\s*\"Pledge received: ([0-9.]+) EUR\"");
        while (polling.get()) {
            var answer = Stack.send(Stack.request(Stack.MAIL_API + "/api/user/" + OFFICIAL + "/messages/INBOX", null));
            long now = System.nanoTime();
            if (answer.statusCode() == 200) {
                Matcher m = subject.matcher(answer.body());
                while (m.find()) {
                    seen.putIfAbsent(m.group(1), now);
                }
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Produce at the same rate, consume in another client: due time → consumed. */
    private static Stats kafkaRoundTrip() throws Exception {
        String topic = "bench.e2e-latency";
        Properties common = new Properties();
        common.put("bootstrap.servers", Stack.KAFKA);
        try (Admin admin = Admin.create(common)) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
        Properties p = (Properties) common.clone();
        p.put("acks", "all");
        p.put("linger.ms", "0");
        Properties c = (Properties) common.clone();
        c.put("group.id", "bench-e2e");
        c.put("enable.auto.commit", "false");
        TopicPartition partition = new TopicPartition(topic, 0);
        var due = new java.util.concurrent.atomic.AtomicLongArray(COUNT); // written by the sender, read here
        List<Long> latencies = new ArrayList<>();
        try (var producer = new KafkaProducer<>(p, new LongSerializer(), new LongSerializer());
                var consumer = new KafkaConsumer<>(c, new LongDeserializer(), new LongDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            long runId = System.nanoTime();
            Thread sender = Thread.ofPlatform().start(() -> {
                long start = System.nanoTime();
                for (int i = 0; i < COUNT; i++) {
                    due.set(i, start + (long) (i * 1e9 / RATE));
                    java.util.concurrent.locks.LockSupport.parkNanos(due.get(i) - System.nanoTime());
                    producer.send(new ProducerRecord<>(topic, runId, (long) i));
                }
                producer.flush();
            });
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (latencies.size() < COUNT && System.nanoTime() < deadline) {
                for (ConsumerRecord<Long, Long> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.key() == runId) {
                        latencies.add(System.nanoTime() - due.get(r.value().intValue()));
                    }
                }
            }
            sender.join();
        }
        return Stats.of("Kafka produce → consume", latencies, COUNT - latencies.size());
    }
}
