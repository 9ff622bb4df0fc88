package org.iccsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every object of every rendered overlay is valid against the Kubernetes API or its operator's CRD. */
class RenderedManifestsTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectMatchesItsApiSchema(String overlay) {
        List<JsonNode> objects = Manifests.overlay(overlay);
        assertTrue(objects.size() > 50, overlay + " rendered only " + objects.size() + " objects");
        List<String> problems = objects.stream().flatMap(o -> ApiValidator.validate(o).stream()).toList();
        assertEquals(List.of(), problems, overlay + " has invalid objects");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyNamespacedObjectLandsInTheIccspNamespace(String overlay) {
        String elsewhere = Manifests.overlay(overlay).stream()
                .filter(o -> !"Namespace".equals(o.path("kind").asText()))
                .filter(o -> !"iccsp".equals(o.path("metadata").path("namespace").asText()))
                .map(o -> o.path("kind").asText() + "/" + Manifests.name(o))
                .collect(Collectors.joining(", "));
        assertEquals("", elsewhere);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noSecretIsKeptInTheRepository(String overlay) {
        assertEquals(0, Manifests.ofKind(overlay, "Secret").count(), "Secrets are created by operators or by hand");
    }
}
