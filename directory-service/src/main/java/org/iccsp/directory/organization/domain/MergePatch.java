package org.iccsp.directory.organization.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.iccsp.platform.web.ProblemException;

/** JSON Merge Patch (RFC 7386): objects merge recursively, null removes, anything else replaces. */
public final class MergePatch {
    private MergePatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    /** The fields a client may patch on an editable record: its components. */
    public static List<String> fieldsOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /**
     * A client's patch of {@code before} (the record as JSON), read back as the record. The patch must
     * be a JSON object naming only the record's fields (400 naming the first other one).
     */
    public static <T extends Record> T edit(JsonNode before, JsonNode patch, Class<T> type, ObjectMapper json)
            throws JsonProcessingException {
        if (!patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object (a merge patch)");
        }
        List<String> editable = fieldsOf(type);
        for (String field : (Iterable<String>) patch::fieldNames) {
            if (!editable.contains(field)) {
                throw ProblemException.invalid(field, "is not an editable field");
            }
        }
        return json.treeToValue(apply(before, patch), type);
    }

    /** The fields whose values differ between two JSON objects; a missing field counts as null. */
    public static List<String> changedFields(JsonNode before, JsonNode after, List<String> fields) {
        return fields.stream().filter(field -> !valueOf(before, field).equals(valueOf(after, field))).toList();
    }

    public static JsonNode valueOf(JsonNode node, String field) {
        return node.has(field) ? node.get(field) : NullNode.instance;
    }
}
