package org.iccsp.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iccsp.contracts.EventType;

/**
 * Event contracts in tests. A producer's emitted events are checked against the JSON Schema its contract module
 * publishes under {@code events/} (each references the one CloudEvents envelope, {@code events/cloudevent.v1.json});
 * a contract module checks that its payload records and its schemas say the same thing.
 */
public final class EventContract {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** Schemas name each other by their {@code $id} under this base; they are read from the classpath. */
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix(EventType.SCHEMA_BASE, "classpath:events/")));

    private EventContract() {
    }

    /** @throws AssertionError listing every violation */
    public static void assertConforms(String schemaResource, String eventJson) {
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:" + schemaResource));
        try {
            Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(eventJson));
            if (!errors.isEmpty()) {
                throw new AssertionError(schemaResource + " rejects the event:\n"
                        + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n"))
                        + "\nevent: " + eventJson);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read the event", e);
        }
    }

    /** An emitted event conforms to its type's schema (which also pins its {@code type} and {@code dataschema}). */
    public static void assertConforms(EventType<?> type, String eventJson) {
        assertConforms(type.schemaResource(), eventJson);
    }

    /** The envelope a producer with this CloudEvent {@code source} would write for {@code data}, as JSON. */
    public static <T> String sampleEvent(EventType<T> type, String source, String subject, T data) {
        ObjectNode event = MAPPER.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", source).put("type", type.type()).put("subject", subject)
                .put("time", OffsetDateTime.now(ZoneOffset.UTC).toString()).put("datacontenttype", "application/json")
                .put("dataschema", type.dataschema());
        event.set("data", MAPPER.valueToTree(data));
        return event.toString();
    }

    /** The {@code public static final EventType} constants of a contract class. */
    public static List<EventType<?>> typesOf(Class<?> contract) {
        List<EventType<?>> types = new ArrayList<>();
        for (Field field : contract.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                try {
                    types.add((EventType<?>) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return types;
    }

    /**
     * The payload record and the schema's {@code data} name the same fields, with compatible JSON types, nested
     * records and lists of records included; and the schema pins this type and its {@code dataschema}.
     *
     * @throws AssertionError listing every disagreement
     */
    public static void assertRecordMatchesSchema(EventType<?> type) {
        JsonNode schema = readSchema(type.schemaResource());
        List<String> problems = new ArrayList<>();
        if (!type.type().equals(schema.path("title").asText()) || !type.type().equals(
                schema.at("/properties/type/const").asText())) {
            problems.add("title and type const must be " + type.type());
        }
        if (!type.dataschema().equals(schema.path("$id").asText())
                || !type.dataschema().equals(schema.at("/properties/dataschema/const").asText())) {
            problems.add("$id and dataschema const must be " + type.dataschema());
        }
        if (!"cloudevent.v1.json".equals(schema.path("$ref").asText())) {
            problems.add("must reference the shared envelope: \"$ref\": \"cloudevent.v1.json\"");
        }
        compare(type.dataClass(), schema.at("/properties/data"), "data", problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(type.schemaResource() + " and " + type.dataClass().getName() + " disagree:\n"
                    + String.join("\n", problems));
        }
    }

    private static void compare(Class<?> record, JsonNode schema, String path, List<String> problems) {
        if (!record.isRecord()) {
            problems.add(path + ": " + record.getName() + " is not a record");
            return;
        }
        JsonNode object = objectBranch(schema);
        if (object == null) {
            problems.add(path + ": the schema does not describe an object");
            return;
        }
        if (!object.path("additionalProperties").isBoolean() || object.path("additionalProperties").asBoolean()) {
            problems.add(path + ": the schema must say \"additionalProperties\": false");
        }
        Set<String> components = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            components.add(c.getName());
        }
        Set<String> properties = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(properties::add);
        for (String missing : difference(components, properties)) {
            problems.add(path + "." + missing + ": in the record, not in the schema");
        }
        for (String missing : difference(properties, components)) {
            problems.add(path + "." + missing + ": in the schema, not in the record");
        }
        for (Iterator<JsonNode> it = object.path("required").elements(); it.hasNext();) {
            String required = it.next().asText();
            if (!components.contains(required)) {
                problems.add(path + "." + required + ": required by the schema, not in the record");
            }
        }
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode property = object.path("properties").path(c.getName());
            if (!property.isMissingNode()) {
                compareValue(c.getType(), c.getGenericType(), property, path + "." + c.getName(), problems);
            }
        }
    }

    private static void compareValue(Class<?> javaType, Type generic, JsonNode property, String path,
            List<String> problems) {
        Set<String> schemaTypes = jsonTypes(property);
        String expected = jsonType(javaType);
        if (!schemaTypes.isEmpty() && !schemaTypes.contains(expected)) {
            problems.add(path + ": the record has " + javaType.getSimpleName() + " (" + expected + "), the schema "
                    + schemaTypes);
        }
        if (javaType.isPrimitive() && schemaTypes.contains("null")) {
            problems.add(path + ": the schema allows null, the record's " + javaType + " cannot hold it");
        }
        if (javaType.isRecord()) {
            compare(javaType, property, path, problems);
        } else if (Collection.class.isAssignableFrom(javaType) && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            JsonNode items = arrayBranch(property).path("items");
            if (!items.isMissingNode()) {
                compareValue(element, element, items, path + "[]", problems);
            }
        }
    }

    private static String jsonType(Class<?> t) {
        if (t == String.class || t == UUID.class || t == OffsetDateTime.class || t == LocalDate.class || t.isEnum()) {
            return "string";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "integer";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(t)) {
            return "array";
        }
        if (t.isRecord()) {
            return "object";
        }
        return "number";
    }

    /** The JSON types a property schema admits ({@code type}, {@code const}, {@code enum}, {@code oneOf}…); empty: any. */
    private static Set<String> jsonTypes(JsonNode property) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = property.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        if (property.has("const")) {
            types.add(valueType(property.get("const")));
        }
        property.path("enum").forEach(v -> types.add(valueType(v)));
        for (String combinator : List.of("oneOf", "anyOf")) {
            property.path(combinator).forEach(branch -> types.addAll(jsonTypes(branch)));
        }
        if (types.contains("number")) {
            types.add("integer");
        }
        return types;
    }

    private static String valueType(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            case ARRAY -> "array";
            default -> "object";
        };
    }

    private static JsonNode objectBranch(JsonNode schema) {
        return branch(schema, "object");
    }

    private static JsonNode arrayBranch(JsonNode schema) {
        JsonNode branch = branch(schema, "array");
        return branch == null ? schema : branch;
    }

    private static JsonNode branch(JsonNode schema, String type) {
        if (schema.has("properties") && "object".equals(type) || jsonTypesOf(schema).contains(type)
                && !schema.has("oneOf") && !schema.has("anyOf")) {
            return schema;
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            for (JsonNode b : schema.path(combinator)) {
                JsonNode found = branch(b, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Set<String> jsonTypesOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        Set<String> types = new LinkedHashSet<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static JsonNode readSchema(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no schema on the classpath at " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + resource, e);
        }
    }
}
