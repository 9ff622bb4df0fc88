package org.iccsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What production adds to the base: redundancy spread over nodes, backups, TLS; and what local leaves out. */
class ProductionOverlayTest {

    @Test
    void applicationsRunThreeReplicasSpreadOverNodes() {
        Manifests.ofKind("production", "Deployment").forEach(d -> {
            String name = Manifests.name(d);
            assertTrue(d.at("/spec/replicas").asInt() >= 3, name + " replicas");
            JsonNode term = d.at("/spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/podAffinityTerm");
            assertEquals("kubernetes.io/hostname", term.path("topologyKey").asText(), name + " anti-affinity");
            assertEquals(name, term.at("/labelSelector/matchLabels/app.kubernetes.io~1name").asText(), name + " anti-affinity selector");
            assertTrue(Manifests.named("production", "HorizontalPodAutoscaler", name).at("/spec/minReplicas").asInt() >= 3);
        });
    }

    @Test
    void platformIsRedundant() {
        assertEquals(3, Manifests.named("production", "KafkaNodePool", "dual-role").at("/spec/replicas").asInt());
        Manifests.ofKind("production", "KafkaTopic").forEach(t -> {
            assertEquals(3, t.at("/spec/replicas").asInt());
            assertEquals(2, t.at("/spec/config/min.insync.replicas").asInt());
        });
        Manifests.ofKind("production", "Cluster").forEach(c -> {
            assertEquals(3, c.at("/spec/instances").asInt(), Manifests.name(c));
            assertEquals("required", c.at("/spec/affinity/podAntiAffinityType").asText(), Manifests.name(c));
        });
        assertTrue(Manifests.named("production", "Keycloak", "keycloak").at("/spec/instances").asInt() >= 2);
    }

    @Test
    void everyProductionDatabaseArchivesWalAndHasADailyBackup() {
        Set<String> scheduled = Manifests.ofKind("production", "ScheduledBackup")
                .map(b -> b.at("/spec/cluster/name").asText()).collect(Collectors.toSet());
        Manifests.ofKind("production", "Cluster").forEach(c -> {
            String name = Manifests.name(c);
            assertFalse(c.at("/spec/backup/barmanObjectStore/destinationPath").asText().isEmpty(), name + " WAL archive");
            assertFalse(c.at("/spec/backup/retentionPolicy").asText().isEmpty(), name + " retention");
            assertTrue(scheduled.contains(name), name + " has no ScheduledBackup");
        });
    }

    @Test
    void gatewayAndKeycloakAreServedOverTls() {
        JsonNode gateway = Manifests.named("production", "Gateway", "iccsp");
        Set<String> tlsHosts = new java.util.HashSet<>();
        for (JsonNode listener : gateway.at("/spec/listeners")) {
            assertEquals("HTTPS", listener.path("protocol").asText(), "plain HTTP listener " + listener.path("name"));
            assertFalse(listener.at("/tls/certificateRefs/0/name").asText().isEmpty());
            tlsHosts.add(listener.path("hostname").asText());
        }
        for (String route : List.of("gateway", "keycloak")) {
            JsonNode httpRoute = Manifests.named("production", "HTTPRoute", route);
            assertEquals("iccsp", httpRoute.at("/spec/parentRefs/0/name").asText());
            assertTrue(tlsHosts.contains(httpRoute.at("/spec/hostnames/0").asText()), route + " host has no HTTPS listener");
        }
        JsonNode keycloak = Manifests.named("production", "Keycloak", "keycloak");
        assertEquals(keycloak.at("/spec/hostname/hostname").asText(),
                "https://" + Manifests.named("production", "HTTPRoute", "keycloak").at("/spec/hostnames/0").asText());
    }

    /** Keycloak sends browsers (and their codes) back only to the production application host. */
    @Test
    void keycloakRedirectsOnlyToTheProductionHost() {
        String appHost = "https://" + Manifests.named("production", "HTTPRoute", "gateway").at("/spec/hostnames/0").asText();
        JsonNode realm = Manifests.named("production", "KeycloakRealmImport", "iccsp").at("/spec/realm");
        assertFalse(realm.toString().matches("(?s).*(localhost|127\\.0\\.0\\.1|\\[::1\\]).*"),
                "the production realm names a local address");
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            List<String> uris = new java.util.ArrayList<>();
            client.path("redirectUris").forEach(u -> uris.add(u.asText()));
            client.path("webOrigins").forEach(u -> uris.add(u.asText()));
            for (String u : client.at("/attributes/post.logout.redirect.uris").asText().split("##")) {
                uris.add(u);
            }
            uris.add(client.path("rootUrl").asText());
            for (String uri : uris) {
                assertTrue(uri.isEmpty() || uri.equals(appHost) || uri.startsWith(appHost + "/"),
                        id + " lets Keycloak redirect to " + uri + ", not " + appHost);
            }
        }
        JsonNode web = realm.path("clients").findParents("clientId").stream()
                .filter(c -> "iccsp-web".equals(c.path("clientId").asText())).findFirst().orElseThrow();
        assertEquals(appHost + "/*", web.at("/redirectUris/0").asText());
    }

    @Test
    void localRunsSmallWithoutBackups() {
        assertEquals(0, Manifests.ofKind("local", "ScheduledBackup").count());
        Manifests.ofKind("local", "Cluster").forEach(c -> assertTrue(c.at("/spec/backup").isMissingNode(), Manifests.name(c)));
        Manifests.ofKind("local", "Deployment").forEach(d -> assertEquals(1, d.at("/spec/replicas").asInt()));
        Manifests.ofKind("local", "KafkaTopic").forEach(t -> assertEquals(1, t.at("/spec/replicas").asInt()));
        assertEquals(1, Manifests.named("local", "KafkaNodePool", "dual-role").at("/spec/replicas").asInt());
    }
}
