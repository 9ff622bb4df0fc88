package org.iccsp.contracts;

import java.util.Objects;

/**
 * One kind of event as code: the CloudEvent {@code type} ({@code org.iccsp.<service>.<entity>.<verb>.v1}), the
 * Kafka topic it travels on, the record its {@code data} is, and its JSON Schema
 * ({@code events/<entity>-<verb>.v1.json} on the classpath, named by the {@code dataschema} URI every such event
 * carries). Producers publish the record
 * through it and consumers read the record back through it, so a payload change a consumer cannot read stops the
 * build, not production.
 *
 * @param <T> the payload record
 */
public final class EventType<T> {
    /** Where schemas are named: {@code dataschema} = this + the schema's file name. */
    public static final String SCHEMA_BASE = "https://schemas.iccsp.org/events/";
    /** The CloudEvents envelope every event schema references, in this module. */
    public static final String ENVELOPE_SCHEMA = "events/cloudevent.v1.json";

    private final String topic;
    private final String type;
    private final String schemaFile;
    private final Class<T> dataClass;

    private EventType(String topic, String type, String schemaFile, Class<T> dataClass) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.type = type;
        this.schemaFile = schemaFile;
        this.dataClass = Objects.requireNonNull(dataClass, "dataClass");
    }

    /**
     * {@code of("pledges.pledges", "pledges", "pledge", "submitted", PledgeSubmitted.class)} is
     * {@code org.iccsp.pledges.pledge.submitted.v1}, schema {@code events/pledge-submitted.v1.json}.
     */
    public static <T> EventType<T> of(String topic, String service, String entity, String verb, Class<T> dataClass) {
        return new EventType<>(topic, "org.iccsp." + service + "." + entity + "." + verb + ".v1",
                entity + "-" + verb + ".v1.json", dataClass);
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvent {@code type}. */
    public String type() {
        return type;
    }

    public Class<T> dataClass() {
        return dataClass;
    }

    /** The CloudEvent {@code dataschema}: a stable URI naming this type's schema (also the schema's {@code $id}). */
    public String dataschema() {
        return SCHEMA_BASE + schemaFile;
    }

    /** The schema's classpath resource. */
    public String schemaResource() {
        return "events/" + schemaFile;
    }

    /** Whether a CloudEvent of this {@code type} is one of these. */
    public boolean is(String cloudEventType) {
        return type.equals(cloudEventType);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventType<?> other && type.equals(other.type) && topic.equals(other.topic);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type;
    }
}
