package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.iccsp.platform.testing.MetricsScrape;
import org.iccsp.platform.testing.ProjectLayout;
import org.junit.jupiter.api.Test;

/**
 * Every application of the real stack exposes, on /q/metrics of its management port, each metric that
 * deploy/kubernetes/base/monitoring/metrics.txt says it does: the metrics the dashboards and alerts
 * read (the deploy tests check those use nothing else). Some series appear with their first use, so
 * the test first sends one organisation, one event and one pledge through the system.
 */
@RealStack
class MetricsCatalogueIT {
    /** The applications of the stack (deploy/local-stack/stack.properties), the gateway among them. */
    static final List<String> APPLICATIONS = LocalStack.LAYOUT.applications();

    /** @return the application's management root on the real stack, e.g. http://127.0.0.1:19081/q */
    static String management(String application) {
        return LocalStack.management(application);
    }

    static Map<String, Set<String>> expectedByApplication() throws Exception {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (String line : Files.readAllLines(ProjectLayout.root().resolve("deploy/kubernetes/base/monitoring/metrics.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            for (String app : List.of(parts).subList(1, parts.length)) {
                List<String> apps = app.equals("services")
                        ? APPLICATIONS.stream().filter(a -> !a.equals("gateway")).toList() : List.of(app);
                apps.forEach(a -> expected.computeIfAbsent(a, k -> new TreeSet<>()).add(parts[0]));
            }
        }
        return expected;
    }

    static Set<String> exposed(String application) {
        Http.Reply scrape = Http.get(management(application) + "/metrics");
        assertEquals(200, scrape.status(), application);
        return MetricsScrape.parse(scrape.body()).names();
    }

    @Test
    void everyApplicationExposesTheMetricsTheDashboardsAndAlertsRead() throws Exception {
        driveOneOfEverything();
        Map<String, Set<String>> expected = expectedByApplication();
        assertEquals(new TreeSet<>(APPLICATIONS), expected.keySet(), "metrics.txt covers every application");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, Set<String>> missing = new TreeMap<>();
            expected.forEach((application, metrics) -> {
                Set<String> absent = new TreeSet<>(metrics);
                absent.removeAll(exposed(application));
                if (!absent.isEmpty()) {
                    missing.put(application, absent);
                }
            });
            assertEquals(Map.of(), missing, "metrics.txt names metrics these applications do not expose");
        });
    }

    /**
     * The gateway measures each proxied call under the API's own template (ApiTemplates), never the
     * raw path: every path of the merged OpenAPI document, called once through the gateway with
     * made-up ids, shows up as a uri tag equal to its template (parameter names aside). Paths without
     * parameters are their own template (a 4xx there is tagged UNKNOWN: suppress4xx-errors).
     */
    @Test
    void theGatewayMeasuresEveryApiPathUnderItsTemplate() {
        String token = Http.token("admin-carol");
        Set<String> expected = new TreeSet<>();
        Http.get(LocalStack.GATEWAY + "/openapi-merged").json().get("paths").fieldNames().forEachRemaining(path -> {
            if (path.startsWith("/api/v1/") && path.contains("{")) {
                String concrete = path.replaceAll("\\{[^}/]+\\}", "made-up-id-" + UUID.randomUUID());
                HeaderHttp.send("GET", LocalStack.GATEWAY + concrete, token, null, Map.of());
                expected.add(path.replaceAll("\\{[^}/]+\\}", "{}"));
            }
        });
        Set<String> tagged = new TreeSet<>();
        java.util.regex.Matcher uri = java.util.regex.Pattern.compile("\\buri=\"(/api/[^\"]*)\"")
                .matcher(Http.get(management("gateway") + "/metrics").body());
        while (uri.find()) {
            tagged.add(uri.group(1).replaceAll("\\{[^}/]+\\}", "{}"));
        }
        Set<String> untagged = new TreeSet<>(expected);
        untagged.removeAll(tagged);
        assertEquals(Set.of(), untagged, "OpenAPI paths the gateway measures under another tag");
        assertTrue(tagged.stream().noneMatch(t -> t.contains("made-up-id")), "a raw path as a tag: " + tagged);
    }

    /** Traffic through every service, so that series made on first use (per topic, consumer, type) exist. */
    static void driveOneOfEverything() {
        String admin = Http.token("admin-carol");
        Http.Reply organisation = Http.postJson(LocalStack.GATEWAY + "/api/v1/organizations", admin, """
                {"legalName": "Metrics Test Association %s", "type": "ngo", "country": "IL",
                 "contactEmail": "metrics-%s@example.org", "sectors": ["education"]}""".formatted(UUID.randomUUID(), UUID.randomUUID()));
        assertEquals(201, organisation.status(), organisation.body());
        Http.Reply event = Http.postJson(LocalStack.GATEWAY + "/api/v1/events", Http.token("organizer-bob"), """
                {"title": "Metrics convening", "kind": "convening", "venue": "Jerusalem, YMCA", "timeZone": "Asia/Jerusalem",
                 "startsAt": "2027-05-10T09:00:00", "endsAt": "2027-05-10T17:00:00", "visibility": "public", "capacity": 20}""");
        assertEquals(201, event.status(), event.body());
        TraceAcrossKafkaIT.draftAndSubmit(Http.token("gov-gb"));
        assertEquals(200, HeaderHttp.send("GET", LocalStack.GATEWAY + "/api/v1/deliveries?limit=1", admin, null, Map.of()).status());
    }
}
