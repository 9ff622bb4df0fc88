package org.iccsp.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an emitted event against the JSON Schema its producer publishes under
 * {@code src/main/resources/events/} (the schema documents the CloudEvent envelope with its data).
 */
public final class EventContract {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventContract() {
    }

    /** @throws AssertionError listing every violation */
    public static void assertConforms(String schemaResource, String eventJson) {
        try (InputStream schemaStream = Thread.currentThread().getContextClassLoader().getResourceAsStream(schemaResource)) {
            if (schemaStream == null) {
                throw new AssertionError("no schema on the classpath at " + schemaResource);
            }
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaStream);
            JsonNode event = MAPPER.readTree(eventJson);
            Set<ValidationMessage> errors = schema.validate(event);
            if (!errors.isEmpty()) {
                throw new AssertionError(schemaResource + " rejects the event:\n"
                        + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n"))
                        + "\nevent: " + eventJson);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read schema or event", e);
        }
    }
}
