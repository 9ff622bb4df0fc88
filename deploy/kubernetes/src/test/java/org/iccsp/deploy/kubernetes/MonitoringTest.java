package org.iccsp.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Dashboards and alerts render, are well formed, and read only metrics that exist: the applications'
 * ones listed in monitoring/metrics.txt (which the end-to-end suite checks against the real /q/metrics)
 * or the exporters' ones. Every alert is explained in docs/operations.md.
 */
class MonitoringTest {
    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    static final Path MONITORING = Manifests.MODULE.resolve("base/monitoring");
    static final ObjectMapper JSON = new ObjectMapper();
    /** Metrics made by Prometheus itself and by the exporters the install installs (deploy/README.md). */
    static final List<String> EXPORTER_PREFIXES = List.of("kube_", "kafka_", "cnpg_");
    static final Set<String> PROMETHEUS_OWN = Set.of("up");

    static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(MONITORING.resolve("dashboards"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** metric → applications, from metrics.txt. */
    static Map<String, Set<String>> catalogue() throws IOException {
        Map<String, Set<String>> metrics = new TreeMap<>();
        for (String line : Files.readAllLines(MONITORING.resolve("metrics.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                metrics.put(parts[0], new TreeSet<>(List.of(parts).subList(1, parts.length)));
            }
        }
        return metrics;
    }

    static List<String> dashboardExpressions(JsonNode dashboard) {
        List<String> exprs = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
        return exprs;
    }

    static List<JsonNode> alertRules() throws IOException {
        List<JsonNode> rules = new ArrayList<>();
        Manifests.parse(Files.readString(MONITORING.resolve("alerts.yaml"))).get(0).at("/spec/groups")
                .forEach(g -> g.path("rules").forEach(rules::add));
        return rules;
    }

    @Test
    void everyDashboardIsAGrafanaDashboardWithQueriesOnTheChosenPrometheus() throws IOException {
        Set<String> uids = new HashSet<>();
        assertEquals(3, dashboards().size(), "services overview, pledge flow, registration flow");
        for (Path file : dashboards()) {
            JsonNode d = JSON.readTree(file.toFile());
            String name = file.getFileName().toString();
            assertTrue(uids.add(d.path("uid").asText()), name + ": unique uid");
            assertFalse(d.path("title").asText().isBlank(), name + ": title");
            assertTrue(d.at("/templating/list").findValuesAsText("name").contains("datasource"), name + ": datasource variable");
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : d.path("panels")) {
                String where = name + " panel " + panel.path("title").asText();
                assertTrue(ids.add(panel.path("id").asInt()), where + ": unique id");
                assertEquals("${datasource}", panel.at("/datasource/uid").asText(), where);
                assertTrue(panel.at("/gridPos/w").asInt() > 0 && panel.at("/gridPos/h").asInt() > 0, where + ": gridPos");
                assertFalse(panel.path("targets").isEmpty(), where + ": queries");
                panel.path("targets").forEach(t -> assertFalse(t.path("expr").asText().isBlank(), where + ": expr"));
            }
        }
    }

    @Test
    void dashboardsAndAlertsReadOnlyMetricsThatExist() throws IOException {
        Set<String> known = catalogue().keySet();
        Map<String, Set<String>> unknown = new TreeMap<>();
        Set<String> used = new TreeSet<>();
        for (Path file : dashboards()) {
            for (String expr : dashboardExpressions(JSON.readTree(file.toFile()))) {
                check(file.getFileName().toString(), expr, known, unknown, used);
            }
        }
        for (JsonNode rule : alertRules()) {
            check(rule.path("alert").asText(), rule.path("expr").asText(), known, unknown, used);
        }
        assertEquals(Map.of(), unknown, "metrics neither in monitoring/metrics.txt nor from an exporter");
        Set<String> unused = new TreeSet<>(known);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "metrics.txt lists only what dashboards and alerts use");
    }

    private static void check(String where, String expr, Set<String> known, Map<String, Set<String>> unknown,
            Set<String> used) {
        Set<String> metrics = PromQl.metrics(expr);
        assertFalse(metrics.isEmpty(), where + " reads no metric: " + expr);
        for (String metric : metrics) {
            used.add(metric);
            boolean external = PROMETHEUS_OWN.contains(metric) || EXPORTER_PREFIXES.stream().anyMatch(metric::startsWith);
            if (!external && !known.contains(metric)) {
                unknown.computeIfAbsent(metric, m -> new TreeSet<>()).add(where);
            }
        }
    }

    @Test
    void theCatalogueNamesRealApplications() throws IOException {
        Set<String> applications = Set.of("gateway", "services", "directory-service", "pledge-service",
                "events-service", "notification-service");
        catalogue().forEach((metric, apps) -> {
            assertFalse(apps.isEmpty(), metric + " names no application");
            assertTrue(applications.containsAll(apps), metric + ": " + apps);
        });
    }

    @Test
    void promQlMetricsAreFoundInsideFunctionsAndAggregations() {
        assertEquals(Set.of("http_server_requests_seconds_count"), PromQl.metrics(
                "sum by (job) (rate(http_server_requests_seconds_count{namespace=\"iccsp\", status=~\"5..\"}[5m])) > 0.05"));
        assertEquals(Set.of("cnpg_collector_last_available_backup_timestamp"),
                PromQl.metrics("time() - cnpg_collector_last_available_backup_timestamp{namespace=\"iccsp\"} > 26 * 3600"));
        assertEquals(Set.of("a_total", "b"), PromQl.metrics("rate(a_total[$__rate_interval]) / on (job) group_left b"));
    }

    @Test
    void everyAlertHasASeverityASummaryAndItsRowInTheOperationsGuide() throws IOException {
        String operations = Files.readString(Manifests.REPO.resolve("docs/operations.md"));
        Set<String> names = new TreeSet<>();
        for (JsonNode rule : alertRules()) {
            String alert = rule.path("alert").asText();
            assertTrue(names.add(alert), alert + " defined twice");
            assertTrue(Set.of("warning", "critical").contains(rule.at("/labels/severity").asText()), alert + ": severity");
            assertFalse(rule.at("/annotations/summary").asText().isBlank(), alert + ": summary");
            assertTrue(operations.contains("| `" + alert + "` |"), alert + " has no row in docs/operations.md, Alerts");
        }
        assertEquals(16, names.size(), "the alerts of docs/operations.md");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theDashboardsShipAsOneConfigMapForGrafanasSidecar(String overlay) throws IOException {
        JsonNode configMap = Manifests.named(overlay, "ConfigMap", "iccsp-dashboards");
        assertEquals("1", configMap.at("/metadata/labels/grafana_dashboard").asText());
        for (Path file : dashboards()) {
            String shipped = configMap.path("data").path(file.getFileName().toString()).asText();
            assertEquals(JSON.readTree(file.toFile()), JSON.readTree(shipped), file + " is shipped as is");
        }
    }
}
