package org.iccsp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The capabilities (org.iccsp.events.&lt;capability&gt;) do not import each other in circles: reads the
 * {@code import org.iccsp.events.X.} lines of src/main/java and looks for a cycle. Plain JUnit, no Quarkus.
 */
class CapabilityDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/iccsp/events");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.iccsp\\.events\\.(\\w+)\\.",
            Pattern.MULTILINE);

    @Test
    void capabilitiesDependOnEachOtherWithoutCycles() {
        Map<String, Set<String>> graph = dependencies();
        assertTrue(graph.keySet().containsAll(List.of("event", "registration", "session", "invitation")),
                "capabilities found: " + graph.keySet());
        assertEquals(List.of(), cycle(graph), "capability dependencies " + graph);
    }

    @Test
    void eventIsTheBaseTheOthersBuildOn() {
        Set<String> eventNeeds = dependencies().get("event");
        assertFalse(eventNeeds.contains("registration") || eventNeeds.contains("session")
                || eventNeeds.contains("invitation") || eventNeeds.contains("workinggroup"), "event imports " + eventNeeds);
    }

    /** Domain classes take commands they own and return their own records: they import nothing from an api package. */
    @Test
    void domainImportsNothingFromApi() throws IOException {
        Pattern apiImport = Pattern.compile("^import\\s+(?:static\\s+)?org\\.iccsp\\.events\\.\\w+\\.api\\.([\\w.*]+);",
                Pattern.MULTILINE);
        List<String> imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.getParent().endsWith("domain"))
                    .toList()) {
                Matcher m = apiImport.matcher(Files.readString(file));
                while (m.find()) {
                    imports.add(file.getFileName() + " imports " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), imports);
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of("a", "b", "c", "a"), cycle(graph));
        assertEquals(List.of(), cycle(Map.of("a", Set.of("b"), "b", Set.of(), "c", Set.of("a", "b"))));
    }

    /** Capability → the other capabilities its main sources import. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> capabilities = Files.list(SOURCES)) {
            for (Path capability : capabilities.filter(Files::isDirectory).toList()) {
                String name = capability.getFileName().toString();
                Set<String> imports = new TreeSet<>();
                try (Stream<Path> files = Files.walk(capability)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher m = IMPORT.matcher(Files.readString(file));
                        while (m.find()) {
                            imports.add(m.group(1));
                        }
                    }
                }
                imports.remove(name);
                graph.put(name, imports);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** A cycle (its nodes, the first repeated at the end), or an empty list when the graph is acyclic. */
    static List<String> cycle(Map<String, Set<String>> graph) {
        Set<String> done = new TreeSet<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            List<String> found = visit(start, graph, new ArrayList<>(), done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            return cycle;
        }
        if (done.contains(node)) {
            return List.of();
        }
        path.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
            List<String> found = visit(next, graph, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return List.of();
    }
}
