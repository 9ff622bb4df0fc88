package org.iccsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every ICCSP workload must have, in every overlay: a hardened security context, Quarkus health probes
 * on the management port (which only Prometheus reaches), resources, its Service/HPA/PDB/ServiceMonitor, secrets only by reference, and NetworkPolicies that let only
 * the gateway reach a service and only its service reach a database.
 */
class WorkloadPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    static final Map<String, String> DATABASE_OWNERS = Map.of(
            "directory-db", "directory-service",
            "pledge-db", "pledge-service",
            "events-db", "events-service",
            "notification-db", "notification-service");
    static final Set<String> APPLICATIONS = Set.of(
            "gateway", "directory-service", "pledge-service", "events-service", "notification-service");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyApplicationIsDeployed(String overlay) {
        assertEquals(APPLICATIONS, Set.copyOf(Manifests.ofKind(overlay, "Deployment").map(Manifests::name).toList()));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerRunsHardenedWithProbesAndResources(String overlay) {
        List<String> problems = new ArrayList<>();
        Manifests.ofKind(overlay, "Deployment").forEach(deployment -> {
            String name = Manifests.name(deployment);
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode podSecurity = pod.path("securityContext");
            check(problems, name, "runAsNonRoot", podSecurity.path("runAsNonRoot").asBoolean());
            check(problems, name, "numeric non-root runAsUser", podSecurity.path("runAsUser").asInt(0) > 0);
            check(problems, name, "seccomp RuntimeDefault",
                    "RuntimeDefault".equals(podSecurity.at("/seccompProfile/type").asText()));
            check(problems, name, "no service account token", !pod.path("automountServiceAccountToken").asBoolean(true));
            for (JsonNode container : pod.path("containers")) {
                String where = name + "/" + container.path("name").asText();
                JsonNode security = container.path("securityContext");
                check(problems, where, "allowPrivilegeEscalation false", !security.path("allowPrivilegeEscalation").asBoolean(true));
                check(problems, where, "readOnlyRootFilesystem", security.path("readOnlyRootFilesystem").asBoolean());
                check(problems, where, "not privileged", !security.path("privileged").asBoolean(false));
                check(problems, where, "drops ALL capabilities", contains(security.at("/capabilities/drop"), "ALL"));
                for (String[] probe : new String[][] {{"startupProbe", "started"}, {"livenessProbe", "live"}, {"readinessProbe", "ready"}}) {
                    JsonNode get = container.at("/" + probe[0] + "/httpGet");
                    check(problems, where, probe[0] + " on /q/health/" + probe[1] + " of the management port",
                            ("/q/health/" + probe[1]).equals(get.path("path").asText()) && "management".equals(get.path("port").asText()));
                }
                for (String resource : List.of("/resources/requests/cpu", "/resources/requests/memory", "/resources/limits/memory")) {
                    check(problems, where, resource, !container.at(resource).asText().isEmpty());
                }
                check(problems, where, "writable /tmp volume", container.path("volumeMounts").findValuesAsText("mountPath").contains("/tmp"));
                String image = container.path("image").asText();
                check(problems, where, "image tagged with the project version " + image,
                        image.endsWith(":" + System.getProperty("iccsp.project.version", "unset")));
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void secretsAreOnlyReferenced(String overlay) {
        List<String> literal = new ArrayList<>();
        Manifests.ofKind(overlay, "Deployment").forEach(d -> {
            for (JsonNode env : d.at("/spec/template/spec/containers/0/env")) {
                String name = env.path("name").asText();
                if (name.matches(".*(PASSWORD|SECRET|JAAS).*") && !env.has("valueFrom")) {
                    literal.add(Manifests.name(d) + " " + name);
                }
            }
        });
        Manifests.ofKind(overlay, "ConfigMap").forEach(c -> c.path("data").fieldNames().forEachRemaining(key -> {
            if (key.matches(".*(PASSWORD|SECRET|JAAS).*")) {
                literal.add("ConfigMap " + Manifests.name(c) + " " + key);
            }
        }));
        assertEquals(List.of(), literal);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyApplicationHasServiceAutoscalerDisruptionBudgetAndMonitor(String overlay) {
        for (String app : APPLICATIONS) {
            JsonNode labels = Manifests.named(overlay, "Deployment", app).at("/spec/template/metadata/labels");
            assertTrue(selects(Manifests.named(overlay, "Service", app).at("/spec/selector"), labels), app + " Service");
            JsonNode hpa = Manifests.named(overlay, "HorizontalPodAutoscaler", app);
            assertEquals(app, hpa.at("/spec/scaleTargetRef/name").asText());
            assertTrue(hpa.at("/spec/minReplicas").asInt() <= hpa.at("/spec/maxReplicas").asInt(), app + " HPA bounds");
            assertTrue(selects(Manifests.named(overlay, "PodDisruptionBudget", app).at("/spec/selector/matchLabels"), labels), app + " PDB");
            JsonNode monitor = Manifests.named(overlay, "ServiceMonitor", app);
            assertEquals("/q/metrics", monitor.at("/spec/endpoints/0/path").asText(), app + " ServiceMonitor");
            assertEquals("management", monitor.at("/spec/endpoints/0/port").asText(), app + " ServiceMonitor scrapes the management port");
            assertTrue(selects(monitor.at("/spec/selector/matchLabels"),
                    Manifests.named(overlay, "Service", app).at("/metadata/labels")), app + " ServiceMonitor selects its Service");
        }
    }

    /**
     * Health and metrics listen on each application's management port (Quarkus's management interface),
     * which only Prometheus (namespace monitoring) may reach: no HTTPRoute sends traffic to it, no
     * NetworkPolicy admits anyone else to it (a rule without ports would admit every port).
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void managementPortsAreReachedByPrometheusOnly(String overlay) {
        List<String> problems = new ArrayList<>();
        for (String app : APPLICATIONS) {
            JsonNode deployment = Manifests.named(overlay, "Deployment", app);
            JsonNode labels = deployment.at("/spec/template/metadata/labels");
            int http = -1;
            int management = -1;
            for (JsonNode port : deployment.at("/spec/template/spec/containers/0/ports")) {
                if ("http".equals(port.path("name").asText())) {
                    http = port.path("containerPort").asInt();
                } else if ("management".equals(port.path("name").asText())) {
                    management = port.path("containerPort").asInt();
                }
            }
            check(problems, app, "a management port apart from the HTTP port", management > 0 && management != http);
            JsonNode config = Manifests.named(overlay, "ConfigMap", app).path("data");
            check(problems, app, "QUARKUS_MANAGEMENT_PORT is the container's management port",
                    String.valueOf(management).equals(config.path("QUARKUS_MANAGEMENT_PORT").asText()));
            for (JsonNode route : Manifests.ofKind(overlay, "HTTPRoute").toList()) {
                for (JsonNode backend : route.at("/spec/rules").findValues("backendRefs")) {
                    for (JsonNode ref : backend) {
                        check(problems, "HTTPRoute " + Manifests.name(route), "never routes to " + app + "'s management port",
                                !(app.equals(ref.path("name").asText()) && ref.path("port").asInt() != http));
                    }
                }
            }
            for (JsonNode policy : Manifests.ofKind(overlay, "NetworkPolicy").toList()) {
                JsonNode selector = policy.at("/spec/podSelector/matchLabels");
                if (!(selector.isMissingNode() || selector.isEmpty() || selects(selector, labels))) {
                    continue;
                }
                for (JsonNode rule : policy.at("/spec/ingress")) {
                    boolean admitsManagement = rule.path("ports").isEmpty()
                            || rule.path("ports").findValues("port").stream().anyMatch(p -> p.asText().equals("management"));
                    for (JsonNode port : rule.path("ports")) {
                        admitsManagement |= port.path("port").asInt() == management;
                    }
                    for (JsonNode peer : rule.path("from")) {
                        boolean prometheus = "monitoring".equals(peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
                        check(problems, "NetworkPolicy " + Manifests.name(policy),
                                "admits only Prometheus to " + app + "'s management port, not " + peer, !admitsManagement || prometheus);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void ingressIsDeniedUnlessAllowed(String overlay) {
        JsonNode deny = Manifests.named(overlay, "NetworkPolicy", "default-deny-ingress");
        assertTrue(deny.at("/spec/podSelector").isEmpty(), "default deny selects every pod");
        assertTrue(contains(deny.at("/spec/policyTypes"), "Ingress"));
        assertTrue(deny.at("/spec/ingress").isMissingNode() || deny.at("/spec/ingress").isEmpty(), "default deny allows nothing");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesAreReachableOnlyFromTheGateway(String overlay) {
        for (String app : APPLICATIONS) {
            JsonNode labels = Manifests.named(overlay, "Deployment", app).at("/spec/template/metadata/labels");
            List<JsonNode> policies = policiesSelecting(overlay, labels);
            assertFalse(policies.isEmpty(), app + " has no NetworkPolicy of its own");
            for (JsonNode peer : peers(policies)) {
                boolean allowed = "gateway".equals(app)
                        ? "envoy-gateway-system".equals(peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                        : "gateway".equals(peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText()) && !peer.has("namespaceSelector");
                assertTrue(allowed, app + " admits " + peer);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void databasesAreReachableOnlyFromTheirService(String overlay) {
        List<String> clusters = Manifests.ofKind(overlay, "Cluster").map(Manifests::name).toList();
        assertEquals(Set.of("directory-db", "pledge-db", "events-db", "notification-db", "keycloak-db"), Set.copyOf(clusters));
        for (String cluster : clusters) {
            JsonNode policy = Manifests.named(overlay, "NetworkPolicy", cluster);
            assertEquals(cluster, policy.at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText());
            String owner = DATABASE_OWNERS.get(cluster);
            for (JsonNode peer : peers(List.of(policy))) {
                boolean ownerApp = owner != null && owner.equals(peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
                boolean keycloak = owner == null && "keycloak".equals(peer.at("/podSelector/matchLabels/app").asText());
                boolean ownInstances = cluster.equals(peer.at("/podSelector/matchLabels/cnpg.io~1cluster").asText());
                boolean operator = "cnpg-system".equals(peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                        && !peer.has("podSelector");
                assertTrue(ownerApp || keycloak || ownInstances || operator, cluster + " admits " + peer);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void kafkaIsReachableOnlyFromServices(String overlay) {
        JsonNode kafka = Manifests.named(overlay, "Kafka", "iccsp-kafka");
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            assertTrue(listener.path("tls").asBoolean(), "listener " + listener.path("name") + " without TLS");
            assertEquals("scram-sha-512", listener.at("/authentication/type").asText());
            assertEquals(1, listener.path("networkPolicyPeers").size());
            assertEquals("true", listener.at("/networkPolicyPeers/0/podSelector/matchLabels/iccsp.org~1kafka-client").asText());
        }
        Manifests.ofKind(overlay, "Deployment").forEach(d -> {
            boolean client = "true".equals(d.at("/spec/template/metadata/labels/iccsp.org~1kafka-client").asText());
            assertTrue(client, Manifests.name(d) + " kafka-client label (the gateway too: gateway.sessions)");
        });
    }

    /** Ranges a webhook URL must never reach through notification-service's egress to the internet. */
    static final Set<String> PRIVATE_RANGES = Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16",
            "127.0.0.0/8", "100.64.0.0/10", "0.0.0.0/8");

    /**
     * notification-service calls addresses that subscribers choose (webhooks): its egress is limited to DNS, its
     * database, Kafka, Keycloak, the trace collector, and the internet on 443/80/587 minus every private range.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void notificationServiceEgressIsLimited(String overlay) {
        JsonNode labels = Manifests.named(overlay, "Deployment", "notification-service").at("/spec/template/metadata/labels");
        List<JsonNode> egress = policiesSelecting(overlay, labels).stream()
                .filter(p -> contains(p.at("/spec/policyTypes"), "Egress")).toList();
        assertFalse(egress.isEmpty(), "notification-service has no egress NetworkPolicy");
        boolean internet = false;
        boolean dns = false;
        for (JsonNode policy : egress) {
            for (JsonNode rule : policy.at("/spec/egress")) {
                String where = Manifests.name(policy) + " " + rule;
                assertFalse(rule.path("to").isEmpty(), where + ": open to every destination");
                assertFalse(rule.path("ports").isEmpty(), where + ": open on every port");
                Set<Integer> ports = new java.util.HashSet<>();
                rule.path("ports").forEach(port -> ports.add(port.path("port").asInt()));
                for (JsonNode peer : rule.path("to")) {
                    String namespace = peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText();
                    JsonNode pods = peer.at("/podSelector/matchLabels");
                    if (peer.has("ipBlock")) {
                        JsonNode block = peer.get("ipBlock");
                        assertEquals("0.0.0.0/0", block.path("cidr").asText(), where);
                        Set<String> except = new java.util.HashSet<>();
                        block.path("except").forEach(e -> except.add(e.asText()));
                        assertTrue(except.containsAll(PRIVATE_RANGES), where + ": reaches a private range");
                        assertTrue(Set.of(443, 80, 587).containsAll(ports), where + ": internet on ports " + ports);
                        internet = true;
                    } else if ("kube-system".equals(namespace)) {
                        assertEquals("kube-dns", pods.path("k8s-app").asText(), where);
                        assertEquals(Set.of(53), ports, where);
                        dns = true;
                    } else if ("monitoring".equals(namespace)) {
                        assertEquals(Set.of(4317), ports, where + ": only OTLP to the trace collector");
                    } else {
                        assertFalse(peer.has("namespaceSelector"), where + ": another namespace");
                        boolean database = "notification-db".equals(pods.path("cnpg.io/cluster").asText()) && ports.equals(Set.of(5432));
                        boolean kafka = "iccsp-kafka".equals(pods.path("strimzi.io/cluster").asText()) && ports.equals(Set.of(9093));
                        boolean keycloak = "keycloak".equals(pods.path("app").asText()) && ports.equals(Set.of(8080));
                        assertTrue(database || kafka || keycloak, where + ": an unexpected destination");
                    }
                }
            }
        }
        assertTrue(internet, "webhooks and SMTP need the internet on 443/80/587");
        assertTrue(dns, "DNS");
    }

    private static List<JsonNode> policiesSelecting(String overlay, JsonNode podLabels) {
        return Manifests.ofKind(overlay, "NetworkPolicy")
                .filter(p -> !p.at("/spec/podSelector/matchLabels").isMissingNode())
                .filter(p -> selects(p.at("/spec/podSelector/matchLabels"), podLabels))
                .toList();
    }

    private static List<JsonNode> peers(List<JsonNode> policies) {
        List<JsonNode> peers = new ArrayList<>();
        for (JsonNode policy : policies) {
            for (JsonNode rule : policy.at("/spec/ingress")) {
                assertFalse(rule.path("from").isEmpty(), Manifests.name(policy) + " has a rule open to everybody");
                rule.path("from").forEach(peers::add);
            }
        }
        return peers;
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(JsonNode array, String value) {
        Predicate<JsonNode> equal = n -> value.equals(n.asText());
        for (JsonNode n : array) {
            if (equal.test(n)) {
                return true;
            }
        }
        return false;
    }

    private static void check(List<String> problems, String where, String what, boolean ok) {
        if (!ok) {
            problems.add(where + ": " + what);
        }
    }
}
