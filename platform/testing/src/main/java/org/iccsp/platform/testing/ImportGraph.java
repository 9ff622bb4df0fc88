package org.iccsp.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * How a service's capabilities ({@code <basePackage>.<capability>}) import each other, read from the
 * {@code import} lines of its main sources: for plain-JUnit layout tests (no cycle between capabilities,
 * no api type in a domain package).
 */
public final class ImportGraph {
    private final Path sources;
    private final String basePackage;

    private ImportGraph(Path sources, String basePackage) {
        this.sources = sources;
        this.basePackage = basePackage;
    }

    /** The graph of a module's {@code src/main/java} (the working directory of its tests) under {@code basePackage}. */
    public static ImportGraph of(String basePackage) {
        return of(Path.of("src/main/java"), basePackage);
    }

    /** The graph of the sources under {@code root} (a source folder) in {@code basePackage}. */
    public static ImportGraph of(Path root, String basePackage) {
        return new ImportGraph(root.resolve(basePackage.replace('.', '/')), basePackage);
    }

    /** Capability → the other capabilities its main sources import. */
    public Map<String, Set<String>> capabilities() {
        Pattern imports = Pattern.compile("^import\\s+(?:static\\s+)?" + Pattern.quote(basePackage) + "\\.(\\w+)\\.",
                Pattern.MULTILINE);
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> capabilities = Files.list(sources)) {
            for (Path dir : capabilities.filter(Files::isDirectory).toList()) {
                String capability = dir.getFileName().toString();
                Set<String> imported = new TreeSet<>();
                for (Path file : javaFiles(dir)) {
                    Matcher m = imports.matcher(Files.readString(file));
                    while (m.find()) {
                        imported.add(m.group(1));
                    }
                }
                imported.remove(capability);
                graph.put(capability, imported);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Every import of an {@code api} package from a {@code domain} package, as "File.java imports X". */
    public List<String> apiImportsOfDomain() {
        Pattern apiImport = Pattern.compile("^import\\s+(?:static\\s+)?" + Pattern.quote(basePackage)
                + "\\.\\w+\\.api\\.([\\w.*]+);", Pattern.MULTILINE);
        List<String> found = new ArrayList<>();
        try {
            for (Path file : javaFiles(sources)) {
                if (!file.getParent().endsWith("domain")) {
                    continue;
                }
                Matcher m = apiImport.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(file.getFileName() + " imports " + m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** A cycle (its first node repeated at the end), found by depth-first search in name order. */
    public static Optional<List<String>> findCycle(Map<String, Set<String>> graph) {
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
