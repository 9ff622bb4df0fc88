package org.iccsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KeycloakRealmImport carries deploy/keycloak/iccsp-realm.json, minus development credentials in production. */
class KeycloakRealmTest {

    private static JsonNode realmFile() throws IOException {
        return new ObjectMapper().readTree(Manifests.REPO.resolve("deploy/keycloak/iccsp-realm.json").toFile());
    }

    private static JsonNode importedRealm(String overlay) {
        JsonNode realmImport = Manifests.named(overlay, "KeycloakRealmImport", "iccsp");
        assertEquals("keycloak", realmImport.at("/spec/keycloakCRName").asText());
        assertEquals("keycloak", Manifests.name(Manifests.named(overlay, "Keycloak", "keycloak")));
        return realmImport.at("/spec/realm");
    }

    @Test
    void localImportsTheRealmFileOfLocalRuns() throws IOException {
        assertEquals(realmFile(), importedRealm("local"));
    }

    @Test
    void productionImportsTheSameRealmWithoutDevelopmentUsersAndSecrets() throws IOException {
        JsonNode realm = importedRealm("production");
        assertFalse(realm.has("users"), "development users with known passwords");
        assertTrue(realm.findValues("secret").isEmpty(), "a client secret from the repository");
        JsonNode expected = realmFile().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove("users");
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.at("/clients/0")).remove("secret");
        assertEquals(expected, realm);
    }
}
