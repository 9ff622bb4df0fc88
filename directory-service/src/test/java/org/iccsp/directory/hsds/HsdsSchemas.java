package org.iccsp.directory.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Open Referral's HSDS 3.0 JSON Schemas (copied from the standard into src/test/resources/hsds-3.0, since
 * the build must not read outside the repository), with formats asserted (uuid, email, uri, date-time).
 */
final class HsdsSchemas {
    private static final String BASE = "https://schemas.iccsp.test/hsds-3.0/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:hsds-3.0/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    static final JsonSchema ORGANIZATION = FACTORY.getSchema(SchemaLocation.of(BASE + "organization.json"), CONFIG);
    static final JsonSchema SERVICE = FACTORY.getSchema(SchemaLocation.of(BASE + "service.json"), CONFIG);

    private HsdsSchemas() {
    }

    /** Nothing, or an AssertionError listing what the object breaks. */
    static void assertValid(JsonSchema schema, JsonNode object) {
        Set<ValidationMessage> errors = schema.validate(object);
        if (!errors.isEmpty()) {
            throw new AssertionError("not a valid HSDS object: " + errors.stream().map(ValidationMessage::getMessage)
                    .collect(Collectors.joining("; ")) + "\n" + object.toPrettyString());
        }
    }
}
