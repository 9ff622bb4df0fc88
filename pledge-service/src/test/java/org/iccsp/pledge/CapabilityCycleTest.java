package org.iccsp.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iccsp.platform.testing.ImportGraph;
import org.junit.jupiter.api.Test;

/** The capabilities (org.iccsp.pledge.<capability>) import each other without a cycle. Plain JUnit. */
class CapabilityCycleTest {
    private static final ImportGraph IMPORTS = ImportGraph.of("org.iccsp.pledge");

    @Test
    void capabilitiesImportEachOtherWithoutCycles() {
        Map<String, Set<String>> graph = IMPORTS.capabilities();
        assertTrue(graph.keySet().containsAll(List.of("member", "pledge", "embargo", "funding")), graph::toString);
        Optional<List<String>> cycle = ImportGraph.findCycle(graph);
        assertFalse(cycle.isPresent(), () -> "capabilities import each other in a circle: "
                + String.join(" -> ", cycle.orElseThrow()) + " (all imports: " + graph + ")");
    }

    @Test
    void pledgeNeedsNeitherEmbargoesNorFunding() {
        assertEquals(Set.of("member"), IMPORTS.capabilities().get("pledge"));
    }

    /** Domain classes take commands they own and return their own records: they import nothing from an api package. */
    @Test
    void domainImportsNothingFromApi() {
        assertEquals(List.of(), IMPORTS.apiImportsOfDomain());
    }
}
