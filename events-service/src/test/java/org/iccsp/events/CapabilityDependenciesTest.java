package org.iccsp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iccsp.platform.testing.ImportGraph;
import org.junit.jupiter.api.Test;

/**
 * The capabilities (org.iccsp.events.&lt;capability&gt;) do not import each other in circles: reads the
 * {@code import org.iccsp.events.X.} lines of src/main/java (platform-testing's {@link ImportGraph}) and
 * looks for a cycle. Plain JUnit, no Quarkus.
 */
class CapabilityDependenciesTest {
    private static final ImportGraph IMPORTS = ImportGraph.of("org.iccsp.events");

    @Test
    void capabilitiesDependOnEachOtherWithoutCycles() {
        Map<String, Set<String>> graph = IMPORTS.capabilities();
        assertTrue(graph.keySet().containsAll(List.of("event", "registration", "session", "invitation")),
                "capabilities found: " + graph.keySet());
        Optional<List<String>> cycle = ImportGraph.findCycle(graph);
        assertFalse(cycle.isPresent(), () -> "capabilities import each other in a circle: "
                + String.join(" -> ", cycle.orElseThrow()) + " (all imports: " + graph + ")");
    }

    @Test
    void eventIsTheBaseTheOthersBuildOn() {
        Set<String> eventNeeds = IMPORTS.capabilities().get("event");
        assertFalse(eventNeeds.contains("registration") || eventNeeds.contains("session")
                || eventNeeds.contains("invitation") || eventNeeds.contains("workinggroup"), "event imports " + eventNeeds);
    }

    /** Domain classes take commands they own and return their own records: they import nothing from an api package. */
    @Test
    void domainImportsNothingFromApi() {
        assertEquals(List.of(), IMPORTS.apiImportsOfDomain());
    }
}
