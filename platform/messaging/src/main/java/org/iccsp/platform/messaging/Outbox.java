package org.iccsp.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.contracts.EventType;
import org.iccsp.platform.observability.TraceContext;

/**
 * Records events in the caller's transaction. Nothing reaches Kafka unless the business change
 * commits, and everything that commits reaches Kafka (the relay retries until acknowledged), as soon
 * as it commits.
 */
@ApplicationScoped
public class Outbox {
    private final CloudEventCodec codec;
    private final TraceContext traces;
    private final PublishedEvents published;
    private final OutboxRelayTrigger relay;
    private final String source;

    public Outbox(CloudEventCodec codec, TraceContext traces, PublishedEvents published, OutboxRelayTrigger relay,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.codec = codec;
        this.traces = traces;
        this.published = published;
        this.relay = relay;
        this.source = "/iccsp/" + applicationName;
    }

    /**
     * @param eventType     what is published: topic, CloudEvent type and dataschema (a producer's contract module)
     * @param aggregateType e.g. "organization"
     * @param aggregateId   record key: events of one aggregate stay in order
     * @param data          the payload record of that type, serialised as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent publish(EventType<T> eventType, String aggregateType, String aggregateId, T data) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String topic = eventType.topic();
        String type = eventType.type();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                aggregateId, now, CloudEvent.JSON, eventType.dataschema(), codec.mapper().valueToTree(data), null);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.id());
        row.topic = topic;
        row.aggregateType = aggregateType;
        row.aggregateId = aggregateId;
        row.eventType = type;
        row.payload = codec.encode(event);
        row.createdAt = now;
        row.traceContext = traces.current(); // the relay publishes the event in this trace
        row.persist();
        published.countOnCommit(type);
        relay.wakeOnCommit(); // relayed right after the commit, not at the next tick
        return event;
    }

    public String source() {
        return source;
    }
}
