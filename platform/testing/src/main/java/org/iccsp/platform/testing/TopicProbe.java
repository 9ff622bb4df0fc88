package org.iccsp.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes topics of a broker directly, as an independent client would. */
public final class TopicProbe {
    private final String bootstrapServers;

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Waits until records matching {@code filter} appear on the topic (read from the beginning). */
    public List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> filter,
            int expected, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && found.size() < expected) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (filter.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    /** Sends a structured-mode CloudEvent exactly as the outbox relay does (with its content-type header). */
    public RecordMetadata sendCloudEvent(String topic, String key, String event) {
        return sendCloudEvent(topic, key, event, Map.of());
    }

    /** The same with more headers, e.g. the {@code traceparent} a traced producer adds. */
    public RecordMetadata sendCloudEvent(String topic, String key, String event, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, event);
        record.headers().add("content-type",
                "application/cloudevents+json; charset=UTF-8".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return send(record);
    }

    /** @return where the record landed */
    public RecordMetadata send(String topic, String key, String value) {
        return send(new ProducerRecord<>(topic, key, value));
    }

    private RecordMetadata send(ProducerRecord<String, String> record) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + record.topic(), e);
        }
    }

    /** Waits until consumer group {@code group} has committed past the record, i.e. processed it. */
    public boolean awaitConsumed(String group, RecordMetadata record, Duration timeout) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (System.nanoTime() < deadline) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get().get(partition);
                if (committed != null && committed.offset() > record.offset()) {
                    return true;
                }
                Thread.sleep(250);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read offsets of group " + group, e);
        }
        return false;
    }
}
