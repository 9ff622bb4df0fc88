package org.iccsp.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.platform.observability.SampledGauge;
import org.jboss.logging.Logger;

/**
 * Records waiting in the dead-letter topics this service's consumers write to
 * ({@code iccsp_dlq_depth{topic}}: end offset minus start offset, summed over partitions), read with a
 * Kafka admin client on a schedule. A service without dead-letter channels reports nothing. Depth only
 * grows until the topic's retention removes records; {@code delta()} of it shows new dead letters.
 */
@ApplicationScoped
public class DeadLetterDepth {
    private static final Logger LOG = Logger.getLogger(DeadLetterDepth.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final Set<String> topics;
    private final Map<String, Object> adminConfig;
    private final SampledGauge depth;
    private Admin admin;

    public DeadLetterDepth(Config config, MeterRegistry meters,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.topics = deadLetterTopics(config);
        this.adminConfig = adminConfig(kafka, application);
        this.depth = new SampledGauge(meters, "iccsp.dlq.depth",
                "Records in a dead-letter topic this service's consumers write to", "topic", topics);
    }

    /** The {@code dead-letter-queue.topic} of every incoming channel with the dead-letter-queue strategy. */
    static Set<String> deadLetterTopics(Config config) {
        Set<String> found = new TreeSet<>();
        String prefix = "mp.messaging.incoming.";
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix) && name.endsWith(".failure-strategy")
                    && "dead-letter-queue".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                String channel = name.substring(prefix.length(), name.length() - ".failure-strategy".length());
                config.getOptionalValue(prefix + channel + ".dead-letter-queue.topic", String.class).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Map<String, Object> adminConfig(Map<String, Object> kafka, String application) {
        Map<String, Object> admin = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                admin.put(key, value);
            }
        });
        admin.put(AdminClientConfig.CLIENT_ID_CONFIG, application + "-dlq-depth");
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000);
        return admin;
    }

    public Set<String> topics() {
        return topics;
    }

    @Scheduled(identity = "dead-letter-depth", every = "${iccsp.metrics.sample-interval:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (topics.isEmpty()) {
            return;
        }
        try {
            sample();
        } catch (Exception e) {
            depth.clear();
            LOG.debugf("cannot read the dead-letter topics' offsets: %s", e.getMessage());
        }
    }

    /** Reads every dead-letter topic's depth now; the gauge reports it until the next sample. */
    public synchronized void sample() throws Exception {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<TopicPartition> partitions = described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition()))).toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = offsets(partitions, OffsetSpec.latest());
        Map<String, Long> perTopic = new HashMap<>();
        for (TopicPartition p : partitions) {
            perTopic.merge(p.topic(), end.get(p).offset() - start.get(p).offset(), Long::sum);
        }
        depth.publish(perTopic);
    }

    private Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets(List<TopicPartition> partitions,
            OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        return admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
