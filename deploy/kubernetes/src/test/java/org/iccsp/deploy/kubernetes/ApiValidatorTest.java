package org.iccsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validator itself: valid fixtures pass, and a misspelt or mistyped field fails, for every kind of API. */
class ApiValidatorTest {

    @Test
    void acceptsValidObjectsOfEveryValidationPath() throws IOException {
        List<JsonNode> objects = Manifests.fixture("valid.yaml");
        assertEquals(4, objects.size());
        for (JsonNode object : objects) {
            assertEquals(List.of(), ApiValidator.validate(object));
        }
    }

    @ParameterizedTest(name = "{0} is rejected, naming {1}")
    @CsvSource({
            "deployment-misspelt.yaml, imagePullPolice",
            "deployment-mistyped.yaml, replicas",
            "kafkatopic-misspelt.yaml, partitons",
            "cnpg-cluster-misspelt.yaml, instancess",
            "keycloak-misspelt.yaml, hostnam",
            "pod-metadata-misspelt.yaml, labells",
    })
    void rejectsMisspeltOrMistypedFields(String fixture, String field) throws IOException {
        JsonNode object = Manifests.fixture(fixture).getFirst();
        List<String> problems = ApiValidator.validate(object);
        assertFalse(problems.isEmpty(), fixture + " passed validation");
        assertTrue(problems.stream().anyMatch(p -> p.contains(field)), "no problem names " + field + ": " + problems);
    }

    @Test
    void rejectsKindsItHasNoSchemaFor() throws IOException {
        JsonNode object = Manifests.parse("apiVersion: example.org/v1\nkind: Widget\nmetadata: {name: w}\n").getFirst();
        assertTrue(ApiValidator.validate(object).getFirst().contains("no model or schema"));
    }
}
