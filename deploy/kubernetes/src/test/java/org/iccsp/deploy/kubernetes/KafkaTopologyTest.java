package org.iccsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The KafkaTopics are exactly deploy/kafka/topics.txt, and each KafkaUser's ACLs give its service what
 * docs/events.md says it produces and consumes, and nothing else.
 */
class KafkaTopologyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    /** Consumers being built now, not yet in docs/events.md: their users may already read these topics. */
    /** Reads granted ahead of a consumer landing; empty while docs/events.md lists every consumer. */
    private static final Map<String, Set<String>> PLANNED_READS = Map.of();
    private static final Pattern TOPIC_ROW = Pattern.compile("^\\| `([a-z.]+)` \\| (\\d+) \\| ([a-z-]+) \\| ([^|]+) \\|", Pattern.MULTILINE);

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void topicsAreTheOnesOfTopicsTxt(String overlay) throws IOException {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Manifests.REPO.resolve("deploy/kafka/topics.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                expected.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        Map<String, Integer> declared = new HashMap<>();
        Manifests.ofKind(overlay, "KafkaTopic").forEach(t ->
                declared.put(t.at("/spec/topicName").asText(), t.at("/spec/partitions").asInt()));
        assertEquals(expected, declared);
        for (String topic : expected.keySet()) {
            assertTrue(topic.endsWith(".dlq") || expected.containsKey(topic + ".dlq"), topic + " has no .dlq twin");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void usersMayProduceAndConsumeWhatTheEventCatalogueSays(String overlay) throws IOException {
        Map<String, Set<String>> writes = new HashMap<>();
        Map<String, Set<String>> reads = new HashMap<>();
        Matcher row = TOPIC_ROW.matcher(Files.readString(Manifests.REPO.resolve("docs/events.md")));
        while (row.find()) {
            writes.computeIfAbsent(row.group(3), s -> new HashSet<>()).add(row.group(1));
            for (String consumer : row.group(4).split(",")) {
                if (consumer.trim().endsWith("-service") || consumer.trim().equals("gateway")) {
                    reads.computeIfAbsent(consumer.trim(), s -> new HashSet<>()).add(row.group(1));
                }
            }
        }
        assertTrue(writes.size() >= 3, "event catalogue table not found in docs/events.md");
        List<String> problems = new ArrayList<>();
        Manifests.ofKind(overlay, "KafkaUser").forEach(user -> {
            String service = Manifests.name(user);
            Set<String> granted = acls(user, "topic", "Write");
            Set<String> readable = acls(user, "topic", "Read");
            for (String topic : writes.getOrDefault(service, Set.of())) {
                if (!granted.contains(topic)) problems.add(service + " cannot write " + topic);
            }
            for (String topic : reads.getOrDefault(service, Set.of())) {
                if (!readable.contains(topic)) problems.add(service + " cannot read " + topic);
            }
            for (String topic : readable) {
                boolean documented = reads.getOrDefault(service, Set.of()).contains(topic);
                boolean planned = PLANNED_READS.getOrDefault(service, Set.of()).contains(topic);
                if (!documented && !planned) problems.add(service + " may read " + topic + " which it does not consume");
                if (!granted.contains(topic + ".dlq")) problems.add(service + " cannot dead-letter " + topic);
                if (topic.endsWith(".dlq")) problems.add(service + " reads a dead-letter topic " + topic);
            }
            for (String topic : granted) {
                boolean own = writes.getOrDefault(service, Set.of()).contains(topic);
                boolean deadLetter = topic.endsWith(".dlq") && readable.contains(topic.substring(0, topic.length() - 4));
                if (!own && !deadLetter) problems.add(service + " may write " + topic + " which it does not produce");
            }
            Set<String> groups = acls(user, "group", "Read");
            if (!readable.isEmpty() && !groups.equals(Set.of(service))) problems.add(service + " consumer groups " + groups);
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                if (!"literal".equals(acl.at("/resource/patternType").asText()) || acl.at("/resource/name").asText().contains("*")) {
                    problems.add(service + " has a non-literal ACL " + acl);
                }
            }
        });
        assertEquals(List.of(), problems);
        Set<String> users = Manifests.ofKind(overlay, "KafkaUser").map(Manifests::name).collect(Collectors.toSet());
        assertTrue(users.containsAll(writes.keySet()) && users.containsAll(reads.keySet()), "a producer or consumer has no KafkaUser");
    }

    private static Set<String> acls(JsonNode user, String type, String operation) {
        Set<String> names = new HashSet<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            boolean grants = false;
            for (JsonNode granted : acl.path("operations")) {
                grants |= operation.equals(granted.asText());
            }
            if (grants && type.equals(acl.at("/resource/type").asText())) {
                names.add(acl.at("/resource/name").asText());
            }
        }
        return names;
    }
}
