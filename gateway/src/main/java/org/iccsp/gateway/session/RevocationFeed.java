package org.iccsp.gateway.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Tells every gateway replica which sessions ended, over the Kafka topic {@value #TOPIC}: {@link #publish}
 * sends a {@link Revocation} ({@code {"session": "<sha-256 of the session key>", "until": "<instant>"}}, keyed
 * by the hash); each replica reads the whole topic with a consumer of its own, without a consumer group
 * (every partition assigned, nothing committed), from {@link RevokedSessions#KEPT} ago at start (so a replica
 * that starts or restarts learns the day's revocations), and hands each record to {@code onRevocation}. A record
 * that cannot be read goes to {@value #TOPIC}{@code .dlq}. Kafka being down does not stop the gateway: the
 * replica that ended the session refuses it at once, the others once the feed catches up; a revocation that
 * could not be sent is logged (docs/adr/0010-session-revocation-across-replicas.md).
 */
public final class RevocationFeed implements AutoCloseable {
    public static final String TOPIC = "gateway.sessions";
    private static final Logger LOG = Logger.getLogger(RevocationFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(500);

    private final String topic;
    private final Clock clock;
    private final Consumer<Revocation> onRevocation;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final ExecutorService sender;
    private final Thread reader;
    private volatile boolean running = true;
    private volatile boolean caughtUp;

    /**
     * @param kafka the Kafka client settings ({@code kafka.*} of the configuration: bootstrap servers, security)
     */
    public RevocationFeed(Map<String, Object> kafka, String topic, String replica, Clock clock, Consumer<Revocation> onRevocation) {
        this.topic = topic;
        this.clock = clock;
        this.onRevocation = onRevocation;
        Map<String, Object> common = new HashMap<>(kafka);
        common.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, Object> producing = new HashMap<>(common);
        producing.put(ProducerConfig.CLIENT_ID_CONFIG, "gateway-revocations-" + replica);
        producing.put(ProducerConfig.ACKS_CONFIG, "all");
        producing.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producing.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producing.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        producing.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.producer = new KafkaProducer<>(producing, new StringSerializer(), new StringSerializer());
        Map<String, Object> consuming = new HashMap<>(common);
        consuming.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-revocations-reader-" + replica);
        consuming.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consuming.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(consuming, new StringDeserializer(), new StringDeserializer());
        this.sender = Executors.newSingleThreadExecutor(r -> daemon(r, "gateway-revocations-sender"));
        this.reader = daemon(this::read, "gateway-revocations-reader");
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Starts reading the topic (from {@link RevokedSessions#KEPT} ago). */
    public RevocationFeed start() {
        reader.start();
        return this;
    }

    /** Whether the reader has read up to where the topic ended when it started. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** Sends the revocation to every replica (this one included); never blocks the caller. */
    public void publish(Revocation revocation) {
        String value = JSON.createObjectNode().put("session", revocation.session())
                .put("until", revocation.until().toString()).toString();
        sender.execute(() -> {
            try {
                producer.send(new ProducerRecord<>(topic, revocation.session(), value), (metadata, failure) -> {
                    if (failure != null) {
                        LOG.errorf(failure, "a session revocation could not be sent to %s: other replicas honour the session"
                                + " until its tokens expire", topic);
                    }
                });
            } catch (RuntimeException e) {
                LOG.errorf(e, "a session revocation could not be sent to %s", topic);
            }
        });
    }

    private void read() {
        try {
            List<TopicPartition> partitions = partitions();
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> since = new HashMap<>();
            long from = clock.instant().minus(RevokedSessions.KEPT).toEpochMilli();
            partitions.forEach(p -> since.put(p, from));
            Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(since);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp at = offsets.get(p);
                consumer.seek(p, at == null ? ends.get(p) : at.offset());
            }
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    take(record);
                }
                if (!caughtUp && partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p))) {
                    caughtUp = true;
                    LOG.infof("session revocations of the last %s read from %s", RevokedSessions.KEPT, topic);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            if (running) {
                LOG.errorf(e, "reading %s stopped: sessions ended on other replicas are not refused here", topic);
            }
        }
    }

    private List<TopicPartition> partitions() {
        while (running) {
            try {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null && !infos.isEmpty()) {
                    return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
                }
                LOG.warnf("topic %s not found yet, retrying", topic);
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.warnf("Kafka does not answer for %s yet, retrying", topic);
            }
            sleep();
        }
        return List.of();
    }

    private void take(ConsumerRecord<String, String> record) {
        try {
            JsonNode value = JSON.readTree(record.value());
            String session = value.path("session").asText("");
            if (!session.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("session is not a SHA-256");
            }
            onRevocation.accept(new Revocation(session, Instant.parse(value.path("until").asText())));
        } catch (Exception e) {
            LOG.warnf("an unreadable revocation at %s-%d@%d goes to %s.dlq: %s", record.topic(), record.partition(),
                    record.offset(), topic, e.getMessage());
            sender.execute(() -> producer.send(new ProducerRecord<>(topic + ".dlq", record.key(), record.value())));
        }
    }

    private void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!reader.isAlive()) {
            consumer.close(Duration.ofSeconds(2));
        }
        sender.shutdown();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
