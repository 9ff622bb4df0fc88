package org.iccsp.platform.messaging;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the whole envelope is the Kafka record value.
 * Types follow {@code org.iccsp.<service>.<entity>.<verb>.v1}; {@code subject} is the aggregate id;
 * {@code dataschema} names the payload's JSON Schema (see {@code org.iccsp.contracts.EventType}).
 * Extension attributes this class does not know are kept in {@code extensions} and written back as
 * they came, so an event forwarded (to a webhook, say) loses none of them.
 * Kept whatever the application's mapper says about unknown properties (platform-web's
 * {@code StrictJson} refuses them in requests).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        JsonNode data,
        @JsonAnySetter Map<String, Object> extensions) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("unsupported CloudEvents specversion: " + specversion);
        }
        extensions = extensions == null || extensions.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** Extension attributes, written at the envelope's top level beside the standard ones. */
    @JsonAnyGetter
    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The key consumers deduplicate on: CloudEvents says source + id is unique. */
    public String dedupeKey() {
        return source + "#" + id;
    }
}
