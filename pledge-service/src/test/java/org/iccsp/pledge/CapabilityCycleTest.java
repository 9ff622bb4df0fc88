package org.iccsp.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The capabilities (org.iccsp.pledge.<capability>) import each other without a cycle. Plain JUnit. */
class CapabilityCycleTest {
    private static final Path SOURCES = Path.of("src/main/java/org/iccsp/pledge");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?org\\.iccsp\\.pledge\\.(\\w+)\\.",
            Pattern.MULTILINE);

    @Test
    void capabilitiesImportEachOtherWithoutCycles() throws IOException {
        Map<String, Set<String>> graph = importsByCapability();
        assertTrue(graph.keySet().containsAll(List.of("member", "pledge", "embargo", "funding")), graph::toString);
        Optional<List<String>> cycle = findCycle(graph);
        assertFalse(cycle.isPresent(), () -> "capabilities import each other in a circle: "
                + String.join(" -> ", cycle.orElseThrow()) + " (all imports: " + graph + ")");
    }

    @Test
    void pledgeNeedsNeitherEmbargoesNorFunding() throws IOException {
        assertEquals(Set.of("member"), importsByCapability().get("pledge"));
    }

    /** Domain classes take commands they own and return their own records: they import nothing from an api package. */
    @Test
    void domainImportsNothingFromApi() throws IOException {
        Pattern apiImport = Pattern.compile("^import\\s+(?:static\\s+)?org\\.iccsp\\.pledge\\.\\w+\\.api\\.([\\w.*]+);",
                Pattern.MULTILINE);
        List<String> requests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> domain = files.filter(f -> f.toString().endsWith(".java") && f.getParent().endsWith("domain"))
                    .toList();
            for (Path file : domain) {
                Matcher m = apiImport.matcher(Files.readString(file));
                while (m.find()) {
                    requests.add(file.getFileName() + " imports " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), requests);
    }

    @Test
    void theCycleFinderFindsACycle() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertEquals(List.of("a", "b", "c", "a"), findCycle(graph).orElseThrow());
        assertFalse(findCycle(Map.of("a", Set.of("b"), "b", Set.of())).isPresent());
    }

    /** Capability -> the other capabilities its main sources import. */
    static Map<String, Set<String>> importsByCapability() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> capabilities = Files.list(SOURCES)) {
            for (Path dir : capabilities.filter(Files::isDirectory).toList()) {
                String capability = dir.getFileName().toString();
                Set<String> imports = new TreeSet<>();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher m = IMPORT.matcher(Files.readString(file));
                        while (m.find()) {
                            imports.add(m.group(1));
                        }
                    }
                }
                imports.remove(capability);
                graph.put(capability, imports);
            }
        }
        return graph;
    }

    /** A cycle (its first node repeated at the end), found by depth-first search. */
    static Optional<List<String>> findCycle(Map<String, Set<String>> graph) {
        Set<String> done = new TreeSet<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            Optional<List<String>> cycle = visit(start, graph, new ArrayList<>(), done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(String node, Map<String, Set<String>> graph, List<String> path,
            Set<String> done) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        if (done.contains(node)) {
            return Optional.empty();
        }
        path.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
            Optional<List<String>> cycle = visit(next, graph, path, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return Optional.empty();
    }
}
