package org.iccsp.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportGraphTest {

    @Test
    void readsCapabilityImportsAndApiImportsOfDomainPackages(@TempDir Path root) throws IOException {
        Path domain = Files.createDirectories(root.resolve("org/iccsp/svc/thing/domain"));
        Path api = Files.createDirectories(root.resolve("org/iccsp/svc/thing/api"));
        Files.createDirectories(root.resolve("org/iccsp/svc/other/domain"));
        Files.writeString(domain.resolve("Things.java"), "package org.iccsp.svc.thing.domain;\n\n"
                + "import org.iccsp.svc.thing.api.ThingView;\nimport static org.iccsp.svc.other.domain.Other.ONE;\n");
        Files.writeString(api.resolve("ThingResource.java"), "package org.iccsp.svc.thing.api;\n\n"
                + "import org.iccsp.svc.thing.domain.Things;\n");
        ImportGraph graph = ImportGraph.of(root, "org.iccsp.svc");
        assertEquals(List.of("Things.java imports ThingView"), graph.apiImportsOfDomain());
        assertEquals(Map.of("thing", Set.of("other"), "other", Set.of()), graph.capabilities());
    }

    @Test
    void findsACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of("a", "b", "c", "a"), ImportGraph.findCycle(graph).orElseThrow());
        assertFalse(ImportGraph.findCycle(Map.of("a", Set.of("b"), "b", Set.of(), "c", Set.of("a", "b"))).isPresent());
    }
}
