package org.iccsp.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Serialises envelopes with the application's ObjectMapper (ISO-8601 times, no nulls). */
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

    public ObjectMapper mapper() {
        return mapper;
    }
}
