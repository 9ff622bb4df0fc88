package org.iccsp.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.iccsp.contracts.EventType;

/**
 * Serialises envelopes with the application's ObjectMapper (ISO-8601 times, no nulls), and reads their payloads as
 * the producers' contract records.
 */
@ApplicationScoped
public class CloudEventCodec {
    private final ObjectMapper mapper;

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String encode(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode CloudEvent " + event.id(), e);
        }
    }

    /** @throws PoisonMessageException when the record is not a CloudEvents 1.0 JSON envelope */
    public CloudEvent decode(String json) {
        try {
            CloudEvent event = mapper.readValue(json, CloudEvent.class);
            if (event == null) {
                throw new PoisonMessageException("empty record", null);
            }
            return event;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonMessageException("not a CloudEvents 1.0 JSON envelope: " + e.getMessage(), e);
        }
    }

    /**
     * The event's payload as its contract record.
     *
     * @throws PoisonMessageException when the event is not of that type or its data does not fit the record
     */
    public <T> T data(CloudEvent event, EventType<T> type) {
        if (!type.is(event.type())) {
            throw new IllegalArgumentException(event.type() + " is not " + type);
        }
        if (event.data() == null || !event.data().isObject()) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " has no data object", null);
        }
        try {
            // a field added by a newer producer is not breaking (docs/events.md, Versioning): ignore what is unknown
            return mapper.readerFor(type.dataClass()).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .treeToValue(event.data(), type.dataClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " does not fit "
                    + type.dataClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
