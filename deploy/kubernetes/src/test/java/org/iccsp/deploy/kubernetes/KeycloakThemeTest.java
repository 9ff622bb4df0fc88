package org.iccsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak on Kubernetes shows the same login theme as local runs (docs/adr/0012): deploy/keycloak/themes/iccsp
 * in a ConfigMap (kept in Git, like the realm import), mounted file by file into Keycloak's themes folder, and
 * the realm uses it in the site's four languages.
 */
class KeycloakThemeTest {

    static final Path THEME = Manifests.REPO.resolve("deploy/keycloak/themes/iccsp");
    static final Path CONFIG_MAP = Manifests.MODULE.resolve("base/keycloak/generated/login-theme.json");
    static final String MOUNT = "/opt/keycloak/themes/iccsp";

    /** The theme's files by their path inside the theme (login/messages/messages_ar.properties, …). */
    static Map<String, String> themeFiles() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(THEME)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(THEME.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A ConfigMap key is the file's name (keys cannot hold a "/"): names are unique across the theme. */
    static String key(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String expectedConfigMap() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode configMap = json.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
        configMap.putObject("metadata").put("name", "keycloak-login-theme");
        ObjectNode data = configMap.putObject("data");
        themeFiles().forEach((path, content) -> data.put(key(path), content));
        return json.writeValueAsString(configMap) + "\n";
    }

    /**
     * After changing the theme: {@code ./mvnw -pl deploy/kubernetes test -Dtest=KeycloakThemeTest
     * -Diccsp.login-theme.update=true} rewrites the ConfigMap (then commit both; a new file also needs its item
     * in base/keycloak/keycloak.yaml).
     */
    @BeforeAll
    static void rewriteTheConfigMapWhenAsked() throws IOException {
        if (Boolean.getBoolean("iccsp.login-theme.update")) {
            Files.writeString(CONFIG_MAP, expectedConfigMap(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCommittedConfigMapHoldsTheCurrentTheme() throws IOException {
        Set<String> keys = new HashSet<>();
        themeFiles().keySet().forEach(path -> assertTrue(keys.add(key(path)), "two theme files named " + key(path)));
        String committed = Files.exists(CONFIG_MAP) ? Files.readString(CONFIG_MAP) : "";
        assertEquals(expectedConfigMap(), committed, Manifests.REPO.relativize(CONFIG_MAP)
                + " is out of date with deploy/keycloak/themes/iccsp; rewrite it with"
                + " ./mvnw -pl deploy/kubernetes test -Dtest=KeycloakThemeTest -Diccsp.login-theme.update=true");
    }

    @Test
    void everyOverlayMountsEveryFileOfTheThemeWhereKeycloakLooksForThemes() {
        for (String overlay : Manifests.OVERLAYS) {
            JsonNode configMap = Manifests.named(overlay, "ConfigMap", "keycloak-login-theme");
            JsonNode pod = Manifests.named(overlay, "Keycloak", "keycloak").at("/spec/unsupported/podTemplate/spec");
            JsonNode volume = null;
            for (JsonNode v : pod.path("volumes")) {
                if ("login-theme".equals(v.path("name").asText())) {
                    volume = v;
                }
            }
            assertTrue(volume != null, overlay + ": no login-theme volume in Keycloak's pod template");
            assertEquals("keycloak-login-theme", volume.at("/configMap/name").asText(), overlay);
            Map<String, String> items = new TreeMap<>();
            volume.at("/configMap/items").forEach(item -> items.put(item.path("path").asText(), item.path("key").asText()));
            Map<String, String> expected = new TreeMap<>();
            themeFiles().keySet().forEach(path -> expected.put(path, key(path)));
            assertEquals(expected, items, overlay + ": the items of the login-theme volume (base/keycloak/keycloak.yaml)"
                    + " are not the files of deploy/keycloak/themes/iccsp");
            expected.values().forEach(key -> assertTrue(configMap.at("/data").has(key), overlay + ": ConfigMap lacks " + key));
            List<JsonNode> mounts = pod.at("/containers/0/volumeMounts").findParents("mountPath");
            assertTrue(mounts.stream().anyMatch(m -> "login-theme".equals(m.path("name").asText())
                    && MOUNT.equals(m.path("mountPath").asText()) && m.path("readOnly").asBoolean()),
                    overlay + ": login-theme is not mounted read-only at " + MOUNT);
        }
    }

    @Test
    void theRealmSignsInWithTheThemeInTheSitesFourLanguages() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Manifests.REPO.resolve("deploy/keycloak/iccsp-realm.json").toFile());
        assertEquals("iccsp", realm.path("loginTheme").asText());
        assertTrue(realm.path("internationalizationEnabled").asBoolean());
        Set<String> locales = new HashSet<>();
        realm.path("supportedLocales").forEach(l -> locales.add(l.asText()));
        assertEquals(Set.of("en", "fr", "ar", "he"), locales);
        assertEquals("en", realm.path("defaultLocale").asText());
        Map<String, String> files = themeFiles();
        for (String locale : locales) {
            assertTrue(files.containsKey("login/messages/messages_" + locale + ".properties"), "no messages for " + locale);
        }
        assertTrue(files.get("login/theme.properties").contains("locales=en,fr,ar,he"));
    }
}
