package org.iccsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KeycloakRealmImport carries deploy/keycloak/iccsp-realm.json, minus development credentials in production. */
class KeycloakRealmTest {

    /** Kept in Git, so that {@code kubectl kustomize} / {@code apply -k} work from a clone without a build. */
    static final Path REALM_IMPORT = Manifests.MODULE.resolve("base/keycloak/generated/realm-import.json");

    /** deploy/keycloak/iccsp-realm.json copied verbatim into spec.realm of a KeycloakRealmImport (JSON is YAML). */
    static String realmImportOf(String realmFile) {
        return "{\"apiVersion\": \"k8s.keycloak.org/v2alpha1\", \"kind\": \"KeycloakRealmImport\",\n"
                + " \"metadata\": {\"name\": \"iccsp\"},\n"
                + " \"spec\": {\"keycloakCRName\": \"keycloak\", \"realm\":\n"
                + realmFile.stripTrailing() + "\n}}\n";
    }

    /**
     * The committed realm import is the realm file wrapped, byte for byte. After changing the realm file:
     * {@code ./mvnw -pl deploy/kubernetes test -Dtest=KeycloakRealmTest -Diccsp.realm-import.update=true}
     * rewrites it (then commit both).
     */
    @BeforeAll
    static void rewriteTheRealmImportWhenAsked() throws IOException {
        if (Boolean.getBoolean("iccsp.realm-import.update")) {   // before any overlay is rendered
            Files.writeString(REALM_IMPORT, expectedRealmImport(), StandardCharsets.UTF_8);
        }
    }

    private static String expectedRealmImport() throws IOException {
        return realmImportOf(Files.readString(Manifests.REPO.resolve("deploy/keycloak/iccsp-realm.json")));
    }

    @Test
    void theCommittedRealmImportWrapsTheCurrentRealmFile() throws IOException {
        String expected = expectedRealmImport();
        String committed = Files.exists(REALM_IMPORT) ? Files.readString(REALM_IMPORT) : "";
        assertEquals(expected, committed, Manifests.REPO.relativize(REALM_IMPORT)
                + " is out of date with deploy/keycloak/iccsp-realm.json; rewrite it with"
                + " ./mvnw -pl deploy/kubernetes test -Dtest=KeycloakRealmTest -Diccsp.realm-import.update=true");
    }

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
    void productionImportsTheSameRealmWithoutDevelopmentUsersSecretsOrPasswordGrants() throws IOException {
        JsonNode realm = importedRealm("production");
        assertFalse(realm.has("users"), "development users with known passwords");
        assertTrue(realm.findValues("secret").isEmpty(), "a client secret from the repository");
        realm.get("clients").forEach(client -> assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true),
                client.get("clientId").asText() + " takes passwords at the token endpoint"));
        JsonNode expected = realmFile().deepCopy();
        ((ObjectNode) expected).remove("users");
        ((ObjectNode) expected.at("/clients/0")).remove("secret");
        expected.get("clients").forEach(client -> ((ObjectNode) client).put("directAccessGrantsEnabled", false));
        ObjectNode web = (ObjectNode) expected.at("/clients/1");    // iccsp-web: the production host (ProductionOverlayTest)
        web.put("rootUrl", "https://iccsp.example.org");
        web.putArray("redirectUris").add("https://iccsp.example.org/*");
        web.putArray("webOrigins").add("https://iccsp.example.org");
        ((ObjectNode) web.get("attributes")).put("post.logout.redirect.uris", "https://iccsp.example.org/*");
        assertEquals(expected, realm);
    }

    /** Test-only clients (expired tokens, another audience) live in deploy/local-stack/keycloak/, added by ./iccsp up only. */
    @Test
    void noOverlayImportsTheLocalStacksTestClients() {
        for (String overlay : new String[] {"local", "production"}) {
            importedRealm(overlay).get("clients").forEach(client -> assertFalse(client.get("clientId").asText().startsWith("iccsp-test-"),
                    overlay + " imports the test client " + client.get("clientId").asText()));
        }
    }
}
