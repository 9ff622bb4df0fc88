package org.iccsp.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/events.md lists every event schema a service publishes, and every topic it names exists. */
class EventCatalogueTest {
    private static final Path ROOT = Path.of(System.getProperty("iccsp.root", "..")).toAbsolutePath().normalize();

    /** Event schemas sit in the contract modules' src/main/resources/events/ (contracts/*); nothing else is read. */
    static List<Path> schemas() throws IOException {
        List<Path> schemas = new java.util.ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT.resolve("contracts"))) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path events = module.resolve("src/main/resources/events");
                if (Files.isDirectory(events)) {
                    try (Stream<Path> files = Files.list(events)) {
                        files.filter(p -> p.toString().endsWith(".json")).forEach(schemas::add);
                    }
                }
            }
        }
        return schemas.stream().sorted().toList();
    }

    /** The CloudEvents envelope every event schema references: one file, linked from the catalogue too. */
    static final Path ENVELOPE = Path.of("contracts/contracts-common/src/main/resources/events/cloudevent.v1.json");

    @Test
    void everyPublishedSchemaIsInTheCatalogue() throws IOException {
        String catalogue = Files.readString(ROOT.resolve("docs/events.md"));
        List<Path> schemas = schemas();
        assertFalse(schemas.isEmpty(), "no event schemas found under " + ROOT);
        assertTrue(catalogue.contains(ENVELOPE.toString()), "docs/events.md does not link the envelope " + ENVELOPE);
        for (Path schema : schemas) {
            if (ROOT.relativize(schema).equals(ENVELOPE)) {
                continue;
            }
            JsonNode json = new ObjectMapper().readTree(schema.toFile());
            assertTrue("cloudevent.v1.json".equals(json.path("$ref").asText()),
                    schema + ": must reference the shared envelope, not copy it");
            String type = json.path("title").asText();
            assertTrue(type.startsWith("org.iccsp."), schema + ": title must be the CloudEvent type");
            assertTrue(catalogue.contains("`" + type + "`"), "docs/events.md does not list " + type);
            assertTrue(catalogue.contains(ROOT.relativize(schema).toString()), "docs/events.md does not link " + schema);
        }
    }

    @Test
    void everyTopicInTheCatalogueExistsWithItsDeadLetterTopic() throws IOException {
        List<String> topics = Files.readAllLines(ROOT.resolve("deploy/kafka/topics.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).toList();
        String catalogue = Files.readString(ROOT.resolve("docs/events.md"));
        for (String topic : topics.stream().filter(t -> !t.endsWith(".dlq")).toList()) {
            assertTrue(topics.contains(topic + ".dlq"), topic + " has no .dlq topic in deploy/kafka/topics.txt");
            assertTrue(catalogue.contains("`" + topic + "`"), "docs/events.md does not describe topic " + topic);
        }
    }
}
