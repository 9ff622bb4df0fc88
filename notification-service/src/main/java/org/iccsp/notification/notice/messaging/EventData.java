package org.iccsp.notification.notice.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.iccsp.platform.messaging.PoisonMessageException;

/** Reading event payloads: a missing required field makes the record poison (it goes to the DLQ). */
final class EventData {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EventData() {
    }

    static String required(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            throw new PoisonMessageException("event data lacks " + field, null);
        }
        return node.asText();
    }

    static String optional(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    static OffsetDateTime time(JsonNode data, String field) {
        try {
            return OffsetDateTime.parse(required(data, field));
        } catch (java.time.format.DateTimeParseException e) {
            throw new PoisonMessageException("event data has a bad " + field, e);
        }
    }

    static String when(OffsetDateTime start, OffsetDateTime end) {
        return at(start) + " – " + at(end);
    }

    /** A moment as people read it in a message, in UTC. */
    static String at(OffsetDateTime time) {
        return WHEN.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The verb of {@code org.iccsp.<service>.<entity>.<verb>.v1}. */
    static String verb(String type) {
        String[] parts = type.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : "";
    }

    static String entity(String type) {
        String[] parts = type.split("\\.");
        return parts.length >= 3 ? parts[parts.length - 3] : "";
    }
}
