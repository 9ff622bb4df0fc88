package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;
import static org.iccsp.e2e.Callers.ADMIN;
import static org.iccsp.e2e.Callers.ANONYMOUS;
import static org.iccsp.e2e.Callers.CSO_A;
import static org.iccsp.e2e.Callers.GOV_GB;
import static org.iccsp.e2e.Callers.ORGANISER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The injection and malformed-input corpus. Generated for every operation of the merged OpenAPI
 * (bad path parameters, SQL/HTML/NUL/overlong/wrong-type query parameters, malformed, too deep,
 * mistyped, wrongly labelled and too large bodies), each sent by a caller the access matrix allows,
 * so that it reaches the service's parsing: the answer is always a 4xx problem document, never a
 * 500. Then what is accepted on purpose (SQL and HTML in names, line breaks) must come out harmless
 * in the gateway's pages and in emails.
 */
@RealStack
class MalformedInputIT {
    private static final String SQL = "' OR '1'='1'; DROP TABLE organization; --";
    private static final String HTML = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final String NUL = "a\u0000b";
    private static final String DEEP = "[".repeat(1500) + "]".repeat(1500); // Jackson's limit is 1000
    private static final byte[] HUGE = new byte[2_500_000]; // over the gateway's 2M limit

    /** One request of the corpus; {@code acceptable} empty: any answer but a 5xx. */
    private record Probe(String name, Callers caller, String method, String path, String contentType, byte[] body,
            String field, int... acceptable) {
        Probe(String name, Callers caller, String method, String path, String contentType, byte[] body, int... acceptable) {
            this(name, caller, method, path, contentType, body, null, acceptable);
        }
    }

    /** The access matrix's valid bodies, by name: the strict-JSON probes change one thing in them. */
    private static JsonNode bodies() {
        try (java.io.InputStream in = MalformedInputIT.class.getClassLoader().getResourceAsStream("security/request-bodies.json")) {
            return Http.JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- generated from the OpenAPI --------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesMalformedInputWithAProblemNeverA500() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        List<AccessMatrix.Row> rows = AccessMatrix.load();
        List<ApiOperations.Operation> operations = ApiOperations.all();
        JsonNode bodies = bodies();
        List<Probe> probes = new ArrayList<>();
        java.util.Set<String> hugeSent = new java.util.HashSet<>();
        for (ApiOperations.Operation op : operations) {
            Optional<AccessMatrix.Row> row = rows.stream()
                    .filter(r -> ApiOperations.matching(operations, r.method(), r.path()).filter(op::equals).isPresent())
                    .min((a, b) -> Boolean.compare(a.target().contains("{new."), b.target().contains("{new.")));
            if (row.isEmpty()) {
                continue; // AccessMatrixIT fails for an operation without a line
            }
            Callers caller = allowed(row.get());
            String target = fixtures.resolve(row.get().path());
            probes.addAll(pathProbes(op, caller, target));
            if (op.method().equals("GET")) {
                probes.addAll(queryProbes(op, caller, target));
            }
            if (op.hasBody()) {
                probes.addAll(bodyProbes(op, caller, target));
                probes.addAll(strictProbes(op, caller, target, row.get(), fixtures, bodies));
                if (hugeSent.add(op.service())) { // the gateway refuses by Content-Length, before routing: once per service
                    probes.add(new Probe(op.method() + " " + op.path() + " with 2.5 MB", caller, op.method(), target,
                            "application/json", HUGE, 413));
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Http.Reply>> replies = probes.stream().map(p -> pool.submit(() -> send(p))).toList();
        pool.shutdown();
        return java.util.stream.IntStream.range(0, probes.size()).mapToObj(i -> DynamicTest.dynamicTest(probes.get(i).name(),
                () -> check(probes.get(i), get(replies.get(i)))));
    }

    /** The first caller of the matrix line who gets past authorisation (2xx, or 409 for a state conflict). */
    private static Callers allowed(AccessMatrix.Row row) {
        return AccessMatrix.COLUMNS.stream().filter(c -> !c.refusedEverywhere())
                .filter(c -> row.expected().get(c) < 400 || row.expected().get(c) == 409).findFirst().orElse(ADMIN);
    }

    private static List<Probe> pathProbes(ApiOperations.Operation op, Callers caller, String target) {
        List<Probe> probes = new ArrayList<>();
        String[] segments = target.split("/");
        String[] template = op.path().split("/");
        for (JsonNode parameter : op.parameters("path")) {
            String placeholder = "{" + parameter.get("name").asText() + "}";
            // the parameter's segment: the whole of it ({id}) or a part ({memberCode}.xml, the rest kept)
            int at = java.util.stream.IntStream.range(0, template.length).filter(i -> template[i].contains(placeholder))
                    .findFirst().orElseThrow(() -> new AssertionError(placeholder + " is not in " + op.path()));
            boolean typed = !kind(parameter).equals("text");
            for (String bad : List.of(SQL, HTML, NUL, "9".repeat(300))) {
                String[] changed = segments.clone();
                changed[at] = template[at].replace(placeholder, encode(bad));
                probes.add(new Probe(op.method() + " " + op.path() + " with {" + parameter.get("name").asText() + "} = "
                        + shown(bad), caller, op.method(), String.join("/", changed), null, null,
                        typed || bad.equals(NUL) ? new int[] {400} : new int[] {400, 404}));
            }
        }
        return probes;
    }

    private static List<Probe> queryProbes(ApiOperations.Operation op, Callers caller, String target) {
        List<Probe> probes = new ArrayList<>();
        for (JsonNode parameter : op.parameters("query")) {
            String name = parameter.get("name").asText();
            String kind = kind(parameter);
            List<String> values = new ArrayList<>(List.of(SQL, HTML + SQL, NUL, "x".repeat(3000)));
            for (String bad : values) {
                // a text parameter may take anything as data (any answer but a 5xx); typed ones refuse it
                int[] acceptable = bad.equals(NUL) || !kind.equals("text") && !kind.equals("boolean")
                        ? new int[] {400} : new int[0];
                probes.add(new Probe(op.method() + " " + op.path() + "?" + name + "=" + shown(bad), caller, op.method(),
                        withQuery(target, name, bad), null, null, acceptable));
            }
        }
        return probes;
    }

    private static List<Probe> bodyProbes(ApiOperations.Operation op, Callers caller, String target) {
        String label = op.method() + " " + op.path() + " with ";
        byte[] nul = ("{\"name\": \"" + "a\\u0000b" + "\", \"legalName\": \"a\\u0000b\", \"title\": \"a\\u0000b\","
                + " \"description\": \"a\\u0000b\", \"notes\": \"a\\u0000b\", \"url\": \"a\\u0000b\"}").getBytes(StandardCharsets.UTF_8);
        return List.of(
                new Probe(label + "truncated JSON", caller, op.method(), target, "application/json", bytes("{\"a\": "), 400),
                new Probe(label + "JSON nested 1500 deep", caller, op.method(), target, "application/json", bytes(DEEP), 400),
                new Probe(label + "a JSON array", caller, op.method(), target, "application/json", bytes("[1, 2]"), 400),
                new Probe(label + "a JSON string", caller, op.method(), target, "application/json", bytes("\"text\""), 400),
                new Probe(label + "JSON null", caller, op.method(), target, "application/json", bytes("null"), 400),
                new Probe(label + "no body", caller, op.method(), target, "application/json", null, 400),
                new Probe(label + "NUL in strings", caller, op.method(), target, "application/json", nul, 400),
                new Probe(label + "text/plain", caller, op.method(), target, "text/plain", bytes("hello"), 415));
    }

    /**
     * Issue 16: the matrix line's valid body with an unknown field first, and with its first field given a
     * value of another JSON type (a number for a string, a number for an array or object, a string for a
     * boolean): each a 400 problem naming that field, never dropped or coerced into a 2xx.
     */
    private static List<Probe> strictProbes(ApiOperations.Operation op, Callers caller, String target, AccessMatrix.Row row,
            SecurityFixtures fixtures, JsonNode bodies) {
        if (row.body() == null || !bodies.has(row.body())) {
            return List.of(); // AccessMatrixIT fails for a body-taking line without one
        }
        com.fasterxml.jackson.databind.node.ObjectNode valid;
        try {
            valid = (com.fasterxml.jackson.databind.node.ObjectNode) Http.JSON.readTree(fixtures.resolve(bodies.get(row.body()).toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String label = op.method() + " " + op.path() + " with ";
        List<Probe> probes = new ArrayList<>();
        com.fasterxml.jackson.databind.node.ObjectNode unknown = Http.JSON.createObjectNode().put("notAFieldOfThisRequest", true);
        unknown.setAll(valid);
        probes.add(new Probe(label + "an unknown field", caller, op.method(), target, "application/json",
                bytes(unknown.toString()), "notAFieldOfThisRequest", 400));
        String field = null;
        for (var entry : valid.properties()) {
            if (entry.getValue().isTextual()) {
                field = entry.getKey();
                break;
            }
        }
        field = field != null ? field : valid.properties().iterator().next().getKey();
        com.fasterxml.jackson.databind.node.ObjectNode wrong = valid.deepCopy();
        if (valid.get(field).isBoolean()) {
            wrong.put(field, "true");
        } else {
            wrong.put(field, 12345);
        }
        probes.add(new Probe(label + field + " of the wrong JSON type (" + wrong.get(field) + ")", caller, op.method(), target,
                "application/json", bytes(wrong.toString()), field, 400));
        return probes;
    }

    private static String kind(JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        String ref = schema.path("$ref").asText("") + schema.path("items").path("$ref").asText("");
        String type = schema.path("type").asText("");
        if (ref.endsWith("/UUID") || schema.path("format").asText().equals("uuid")) {
            return "uuid";
        }
        if (ref.endsWith("/LocalDate") || ref.endsWith("/OffsetDateTime") || ref.endsWith("/Instant")) {
            return "date";
        }
        return type.equals("integer") || type.equals("boolean") ? type : "text";
    }

    private static Http.Reply send(Probe p) {
        return Http.call(p.method(), LocalStack.GATEWAY + p.path(), p.caller().token(), p.contentType(), p.body(),
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static void check(Probe p, Http.Reply reply) {
        String answer = reply.status() + " " + reply.contentType() + " " + abbreviated(reply.body());
        assertTrue(reply.status() < 500, "a 5xx for " + p.name() + " as " + p.caller().column + ": " + answer);
        assertTrue(p.acceptable().length == 0 || java.util.Arrays.stream(p.acceptable()).anyMatch(s -> s == reply.status()),
                p.name() + " as " + p.caller().column + ": expected one of " + java.util.Arrays.toString(p.acceptable())
                        + ", got " + answer);
        if (reply.status() >= 400) {
            assertEquals("application/problem+json", reply.contentType(), p.name() + ": " + answer);
        }
        if (p.field() != null) {
            String named = reply.json().at("/errors/0/field").asText("");
            assertTrue(named.equals(p.field()) || named.startsWith(p.field() + ".") || named.startsWith(p.field() + "["),
                    p.name() + ": the problem must name " + p.field() + ": " + answer);
        }
    }

    // ---- what is accepted must come out harmless ------------------------------------------------------

    /**
     * events-service's lists refuse a cursor they did not hand out, and limits outside 1–500; its changes refuse an
     * If-Match that is not the current ETag (412), and the invitation resend one without it (428), changing nothing.
     */
    @Test
    void eventsServiceRefusesBadCursorsLimitsAndPreconditions() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        String event = fixtures.resolve("{eventPublic}");
        String invitationOnly = fixtures.resolve("{eventInvitation}");
        List<String> lists = List.of("/api/v1/events", "/api/v1/events/" + event + "/sessions",
                "/api/v1/events/" + event + "/registrations", "/api/v1/events/" + event + "/waitlist",
                "/api/v1/events/" + event + "/sessions/" + fixtures.resolve("{sessionPublic}") + "/participants",
                "/api/v1/events/" + invitationOnly + "/invitations", "/api/v1/registrations",
                "/api/v1/working-groups?eventId=" + event);
        for (String list : lists) {
            String separator = list.contains("?") ? "&" : "?";
            for (String query : List.of("cursor=" + encode(SQL), "cursor=bm90LWEtY3Vyc29y", "limit=0", "limit=501",
                    "limit=abc")) {
                Http.Reply reply = Api.call(ORGANISER, "GET", list + separator + query, null);
                assertEquals(400, reply.status(), list + separator + query + ": " + reply.body());
                assertEquals("application/problem+json", reply.contentType(), list + separator + query);
                if (query.startsWith("cursor")) {
                    assertTrue(reply.body().contains("\"cursor\""), "names the cursor: " + reply.body());
                }
            }
        }
        String fresh = fixtures.resolve("{new.event}");
        for (String[] change : List.of(new String[] {"PUT", "/api/v1/events/" + fresh, eventBody()},
                new String[] {"DELETE", "/api/v1/events/" + fresh, null})) {
            Http.Reply reply = Http.call(change[0], LocalStack.GATEWAY + change[1], ORGANISER.token(),
                    change[2] == null ? null : "application/json",
                    change[2] == null ? null : change[2].getBytes(StandardCharsets.UTF_8), "If-Match", "\"nonsense\"");
            assertEquals(412, reply.status(), change[0] + " " + change[1] + ": " + reply.body());
        }
        assertEquals("scheduled", Api.get(ORGANISER, "/api/v1/events/" + fresh).get("status").asText());
        String invitation = "/api/v1/events/" + invitationOnly + "/invitations/" + fixtures.resolve("{invitation}");
        Http.Reply stale = Http.call("POST", LocalStack.GATEWAY + invitation + "/resend", ORGANISER.token(), null, null,
                "If-Match", "\"nonsense\"");
        assertEquals(412, stale.status(), stale.body());
        assertEquals(428, Api.call(ORGANISER, "POST", invitation + "/resend", null).status());
        assertEquals(0, Api.get(ORGANISER, invitation).get("resendCount").asInt(), "nothing was resent");
    }

    private static String eventBody() {
        return """
                {"title": "Precondition convening", "kind": "convening", "venue": "Jericho", "timeZone": "Asia/Hebron",
                 "startsAt": "2030-03-10T09:00:00", "endsAt": "2030-03-10T17:00:00", "visibility": "public", "capacity": 200}""";
    }

    /**
     * The check-in desk (issue 18): its search takes SQL and wildcards literally and refuses an overlong text or
     * an unknown status naming the field; a walk-in's name is stored as typed and comes out escaped on the desk.
     */
    @Test
    void theCheckInDesksSearchTakesTextLiterallyAndAWalkInsNameComesOutEscaped() {
        String event = SecurityFixtures.get().resolve("{new.event}");
        String name = "Walk-in " + SQL + " " + HTML;
        JsonNode walkIn = Api.expect(ORGANISER, "POST", "/api/v1/events/" + event + "/walk-ins",
                "{\"name\": " + Http.JSON.valueToTree(name) + ", \"affiliation\": \"50%_Forum\"}", 201);
        assertEquals(name, walkIn.get("name").asText(), "stored as typed");
        String registrations = "/api/v1/events/" + event + "/registrations?q=";
        assertEquals(1, Api.get(ORGANISER, registrations + encode(SQL)).size(), "the SQL text is searched for, as text");
        assertEquals(1, Api.get(ORGANISER, registrations + encode("50%_f")).size(), "% and _ match themselves");
        assertEquals(0, Api.get(ORGANISER, registrations + encode("5%0")).size(), "% is no wildcard");
        for (String bad : List.of(registrations + "x".repeat(201), "/api/v1/events/" + event + "/registrations?status=nonsense")) {
            Http.Reply reply = Api.call(ORGANISER, "GET", bad, null);
            assertEquals(400, reply.status(), bad + ": " + reply.body());
            assertEquals("application/problem+json", reply.contentType(), bad);
        }
        Http.Reply desk = PageSession.of(ORGANISER).get("/organiser/events/" + event + "/check-in");
        assertEquals(200, desk.status(), abbreviated(desk.body()));
        assertEscaped(desk.body(), "the check-in desk");
        Http.Reply search = PageSession.of(ORGANISER).get("/organiser/events/" + event + "/check-in?q=" + encode(HTML));
        assertEquals(200, search.status(), abbreviated(search.body()));
        assertFalse(search.body().contains("<script>alert"), "the search text is escaped where the page repeats it");
    }

    @Test
    void htmlInAnOrganisationsNameIsEscapedInTheGatewaysPagesAndInTheEmail() {
        String contact = "html-" + UUID.randomUUID() + "@example.org";
        String name = "Peace " + HTML + " & \"Partners\"";
        String id = Api.expect(ADMIN, "POST", "/api/v1/organizations", """
                {"legalName": %s, "type": "ngo", "country": "IL", "contactEmail": "%s", "sectors": ["education"],
                 "publicListing": true}""".formatted(Http.JSON.valueToTree(name), contact), 201).get("id").asText();
        assertEquals(name, Api.get(ANONYMOUS, "/api/v1/organizations/" + id).get("legalName").asText(), "stored as sent");

        assertEscaped(page("/directory/" + id), "the organisation's page");
        assertEscaped(page("/directory?q=Partners"), "the directory search page");
        await("the listing email").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !Mailbox.to(contact).isEmpty());
        assertEscaped(Mailbox.to(contact).get(0).html(), "the email");
    }

    @Test
    void htmlInAnEventsTitleIsEscapedInThePagesAndTheConfirmationEmail() {
        String title = "Summit " + HTML;
        // soonest first on /events, before the other suites' events (the page shows the first 100)
        String event = Api.expect(ORGANISER, "POST", "/api/v1/events", """
                {"title": %s, "kind": "summit", "venue": "Amman", "timeZone": "Asia/Amman",
                 "startsAt": "2027-04-04T09:00:00", "endsAt": "2027-04-04T18:00:00", "visibility": "public", "capacity": 50}"""
                .formatted(Http.JSON.valueToTree(title)), 201).get("id").asText();
        assertEscaped(page("/events/" + event), "the event page");
        assertEscaped(page("/events"), "the events page");
        int before = Mailbox.to(GOV_GB.email()).size();
        SecurityFixtures.register(GOV_GB, event);
        await("the confirmation email").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Mailbox.to(GOV_GB.email()).size() > before);
        Mailbox.to(GOV_GB.email()).stream().filter(m -> m.text().contains("Summit"))
                .forEach(m -> assertEscaped(m.html(), "the confirmation email"));
    }

    @Test
    void lineBreaksInANameCannotAddMailHeaders() {
        String contact = "crlf-" + UUID.randomUUID() + "@example.org";
        String attacker = "attacker-" + UUID.randomUUID() + "@example.org";
        Api.expect(ADMIN, "POST", "/api/v1/organizations", """
                {"legalName": "Evil\\r\\nBcc: %s\\r\\n\\r\\nInjected body", "type": "ngo", "country": "IL",
                 "contactEmail": "%s", "sectors": ["education"]}""".formatted(attacker, contact), 201);
        await("the listing email").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !Mailbox.to(contact).isEmpty());
        assertTrue(Mailbox.to(attacker).isEmpty(), "a Bcc header injected through the name reached " + attacker);
        String mime = Mailbox.to(contact).get(0).text();
        String headers = mime.substring(0, mime.indexOf("\r\n\r\n"));
        assertFalse(headers.contains("\r\nBcc:"), "a header line of the name's making: " + headers);
    }

    @Test
    void sqlInANameIsStoredAsTextAndSearchStillWorks() {
        String name = "Robert'); DROP TABLE organization; -- " + UUID.randomUUID().toString().substring(0, 8);
        String id = Api.expect(ADMIN, "POST", "/api/v1/organizations", """
                {"legalName": %s, "type": "ngo", "country": "PS", "contactEmail": "sql@example.org", "sectors": ["education"],
                 "publicListing": true}""".formatted(Http.JSON.valueToTree(name)), 201).get("id").asText();
        assertEquals(name, Api.get(CSO_A, "/api/v1/organizations/" + id).get("legalName").asText());
        JsonNode found = Api.get(ANONYMOUS, "/api/v1/organizations?q=" + encode("Robert DROP"));
        assertTrue(found.toString().contains(id), "found by its words: " + found);
        assertTrue(Api.get(ANONYMOUS, "/api/v1/organizations?limit=100").get("items").size() > 0, "the table is still there");
    }

    /** Issue 16: the directory's lists refuse a cursor they did not hand out and a limit out of 1–500; If-Match nonsense is a 412. */
    /**
     * The open-data exports and feeds (docs/adr/0015) refuse a parameter they do not know, a format or page they do
     * not have, and a revoked calendar link with a problem (never a file, not even a part of one).
     */
    @Test
    void exportsAndFeedsRefuseBadParametersWithAProblemNeverAPartialFile() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        Map<String, Integer> refused = new java.util.LinkedHashMap<>();
        refused.put("/api/v1/exports/hsds/organizations.json?format=xml", 400);
        refused.put("/api/v1/exports/hsds/organizations.json?format=", 400);
        refused.put("/api/v1/exports/hsds/organizations.json?fromat=ndjson", 400);
        refused.put("/api/v1/exports/hsds/organizations.json?format=json&since=2020", 400);
        refused.put("/api/v1/hsds/organizations?page=0", 400);
        refused.put("/api/v1/hsds/organizations?per_page=101", 400);
        refused.put("/api/v1/hsds/organizations?page=abc", 400);
        refused.put("/api/v1/hsds/organizations?full=true", 400);
        refused.put("/api/v1/hsds/services?organization_id=" + encode(SQL), 400);
        refused.put("/api/v1/hsds/organizations/" + fixtures.resolve("{hsdsOrgB}"), 404);
        refused.put("/api/v1/feeds/directory.atom?limit=5", 400);
        refused.put("/api/v1/feeds/events.ics?from=2027-01-01", 400);
        refused.put("/api/v1/feeds/registrations/" + fixtures.resolve("{feedTokenRevoked}") + ".ics", 410);
        refused.put("/api/v1/feeds/registrations/" + "A".repeat(43) + ".ics", 404);
        refused.put("/api/v1/feeds/registrations/" + fixtures.resolve("{feedTokenAlice}") + ".ics?x=1", 400);
        refused.forEach((path, status) -> {
            Http.Reply reply = Api.call(ANONYMOUS, "GET", path, null);
            assertEquals(status, reply.status(), path + ": " + reply.body());
            assertEquals("application/problem+json", reply.contentType(), path + ": " + reply.body());
            assertFalse(reply.body().contains("BEGIN:VCALENDAR") || reply.body().contains("<feed")
                    || reply.body().startsWith("["), path + " sent a file: " + reply.body());
        });
    }

    @Test
    void theDirectorysListsRefuseBadCursorsAndLimitsAndItsChangesRefuseIfMatchNonsense() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        String orgA = fixtures.resolve("{orgA}");
        for (String list : List.of("/api/v1/projects", "/api/v1/sectors", "/api/v1/organizations/" + orgA + "/projects",
                "/api/v1/organizations/" + orgA + "/history", "/api/v1/organizations")) {
            for (String query : List.of("cursor=bm90LWEtY3Vyc29y", "cursor=%25%25%25", "limit=0", "limit=501", "limit=abc")) {
                if (list.equals("/api/v1/organizations") && query.equals("limit=501")) {
                    continue; // the search keeps its own bound (1-100): 501 is refused there too, below
                }
                Http.Reply reply = Api.call(ADMIN, "GET", list + "?" + query, null);
                assertEquals(400, reply.status(), list + "?" + query + ": " + reply.body());
                assertEquals("application/problem+json", reply.contentType());
            }
        }
        assertEquals(400, Api.call(ADMIN, "GET", "/api/v1/organizations?limit=501", null).status());
        String project = fixtures.resolve("{projectA}");
        for (String[] change : List.of(new String[] {"PATCH", "/api/v1/organizations/" + orgA, "{\"city\": \"Ramallah\"}"},
                new String[] {"PATCH", "/api/v1/projects/" + project, "{\"city\": \"Jericho\"}"},
                new String[] {"POST", "/api/v1/organizations/" + orgA + "/erasure-request", null},
                new String[] {"DELETE", "/api/v1/organizations/" + orgA + "/deactivation", null})) {
            Http.Reply reply = Http.call(change[0], LocalStack.GATEWAY + change[1], CSO_A.token(),
                    change[2] == null ? null : "application/merge-patch+json",
                    change[2] == null ? null : bytes(change[2]), "If-Match", "\"nonsense\"");
            assertEquals(412, reply.status(), change[0] + " " + change[1] + ": " + reply.body());
            assertEquals("If-Match", reply.json().at("/errors/0/field").asText(), reply.body());
        }
    }

    @Test
    void anOverlongNameIsRefusedNamingTheField() {
        Http.Reply reply = Api.call(ADMIN, "POST", "/api/v1/organizations", """
                {"legalName": "%s", "type": "ngo", "country": "PS", "contactEmail": "long@example.org", "sectors": ["education"]}"""
                .formatted("x".repeat(10_000)));
        assertEquals(400, reply.status(), reply.body());
        assertEquals("legalName", reply.json().at("/errors/0/field").asText(), reply.body());
    }

    @Test
    void fieldsACallerMayNotSetAreNotSetThroughTheBody() {
        SecurityFixtures.get(); // org-0001 exists, verified
        String org = SecurityFixtures.ORG_A;
        Http.Reply patch = Api.call(CSO_A, "PATCH", "/api/v1/organizations/" + org, "{\"status\": \"pending\", \"id\": \"org-9999\"}");
        assertTrue(patch.status() == 200 || patch.status() == 400, patch.body());
        JsonNode after = Api.get(ADMIN, "/api/v1/organizations/" + org);
        assertEquals("verified", after.get("status").asText(), "a CSO cannot change its verification");
        assertEquals(org, after.get("id").asText());

        String pledge = SecurityFixtures.pledge(GOV_GB);
        Http.Reply revise = Api.call(GOV_GB, "PATCH", "/api/v1/pledges/" + pledge,
                "{\"status\": \"announced\", \"memberCode\": \"FR\", \"notes\": \"revised\"}");
        assertTrue(revise.status() == 200 || revise.status() == 400, revise.body());
        JsonNode revised = Api.get(GOV_GB, "/api/v1/pledges/" + pledge);
        assertEquals("draft", revised.get("status").asText());
        assertEquals("GB", revised.get("memberCode").asText());
    }

    /**
     * A request target or header block over the gateway's limits (4096 characters / 8 KB) is refused
     * before any service, as a problem like every other refusal (ApiThroughGatewayIT checks 431 too).
     */
    @Test
    void aRequestLineTooLongIsRefusedBeforeAnyService() {
        Http.Reply reply = Http.call("GET", LocalStack.GATEWAY + "/api/v1/organizations/" + "a".repeat(10_000), null, null, null);
        assertEquals(414, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("https://iccsp.org/problems/uri-too-long", reply.json().get("type").asText());
    }

    /**
     * Issue 16 in pledge-service, through the gateway: every list refuses a cursor it did not hand out and a limit
     * out of 1..500 with a 400 naming it, and its Link rel=next is followed through the gateway; a stale or
     * nonsense If-Match is a 412 that changes nothing, a member change without one a 428, with the current
     * ETag a 200 that answers the new one.
     */
    @Test
    void pledgePagingAndConditionalRequests() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        String announced = fixtures.resolve("{pledgeAnnouncedGB}");
        for (String list : List.of("/api/v1/pledges", "/api/v1/members", "/api/v1/embargoes", "/api/v1/announcements", "/api/v1/exchange-rates",
                fixtures.resolve("/api/v1/embargoes/{embargoSeal}/pledges"),
                "/api/v1/pledges/" + announced + "/history", "/api/v1/pledge-audit", "/api/v1/directory-audit")) {
            for (String query : List.of("cursor=nonsense", "cursor=" + encode(SQL), "cursor=YWJj")) {
                assertNamed(Api.call(ADMIN, "GET", list + "?" + query, null), 400, "cursor", list + "?" + query);
            }
            for (String limit : List.of("0", "501", "abc")) {
                assertNamed(Api.call(ADMIN, "GET", list + "?limit=" + limit, null), 400, "limit", list + "?limit=" + limit);
            }
        }
        Http.Reply first = Api.call(ADMIN, "GET", "/api/v1/members?limit=2", null);
        String link = first.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("link"))
                .flatMap(e -> e.getValue().stream()).findFirst().orElseThrow();
        String next = link.replaceAll("^<([^>]+)>; rel=\"next\"$", "$1");
        assertTrue(next.startsWith("/api/v1/members?"), "a relative link: " + link);
        JsonNode second = Api.get(ADMIN, next);
        assertEquals(2, second.size(), second.toString());
        assertFalse(first.json().toString().contains(second.get(0).get("code").asText()), "no row twice");

        String draft = SecurityFixtures.pledge(GOV_GB);
        Http.Reply read = Api.call(GOV_GB, "GET", "/api/v1/pledges/" + draft, null);
        String tag = header(read, "ETag");
        for (String stale : List.of("\"nonsense\"", "nonsense", "W/" + tag)) {
            assertNamed(conditional(GOV_GB, "PATCH", "/api/v1/pledges/" + draft, "{\"notes\": \"stale\"}", stale), 412,
                    "If-Match", "PATCH with If-Match " + stale);
            assertNamed(conditional(GOV_GB, "POST", "/api/v1/pledges/" + draft + "/transitions", "{\"action\": \"submit\"}",
                    stale), 412, "If-Match", "a transition with If-Match " + stale);
        }
        assertEquals("draft", Api.get(GOV_GB, "/api/v1/pledges/" + draft).get("status").asText(), "nothing changed");
        Http.Reply revised = conditional(GOV_GB, "PATCH", "/api/v1/pledges/" + draft, "{\"notes\": \"current\"}", tag);
        assertEquals(200, revised.status(), revised.body());
        assertEquals(header(Api.call(GOV_GB, "GET", "/api/v1/pledges/" + draft, null), "ETag"), header(revised, "ETag"));

        String member = "/api/v1/members/" + fixtures.resolve("{memberProspective}");
        assertNamed(Api.call(ADMIN, "PATCH", member, "{\"name\": \"Matrix member (renamed)\"}"), 428, "If-Match", "no If-Match");
        assertNamed(conditional(ADMIN, "PATCH", member, "{\"status\": \"announced\"}", "\"nonsense\""), 412, "If-Match",
                "a member's If-Match nonsense");
        assertEquals("prospective", Api.get(ADMIN, member).get("status").asText(), "nothing changed");
        Http.Reply renamed = conditional(ADMIN, "PATCH", member, "{\"name\": \"Matrix member (renamed)\"}",
                header(Api.call(ADMIN, "GET", member, null), "ETag"));
        assertEquals(200, renamed.status(), renamed.body());

        String embargo = SecurityFixtures.embargo();
        assertNamed(conditional(ADMIN, "POST", "/api/v1/embargoes/" + embargo + "/release", null, "\"nonsense\""), 412,
                "If-Match", "a release with If-Match nonsense");
        assertEquals("sealed", Api.get(ADMIN, "/api/v1/embargoes/" + embargo).get("status").asText());
    }

    /**
     * Issue 20: the open-data exports check every parameter before the first byte: a bad year, an unknown or repeated
     * query parameter, a format not published or a malformed member code is a 400 problem naming it, never a
     * partial file; an export path no service owns (flows.xlsx) is the gateway's 4xx problem.
     */
    @Test
    void openDataExportsRefuseBadParametersBeforeWritingAnything() {
        for (String[] bad : new String[][] {{"/api/v1/exports/iati/activities.xml?year=abc", "year"},
                {"/api/v1/exports/iati/activities.xml?year=" + encode(SQL), "year"},
                {"/api/v1/exports/flows.csv?year=1999", "year"}, {"/api/v1/exports/flows.csv?year=2026&year=2027", "year"},
                {"/api/v1/exports/flows.json?format=xlsx", "format"}, {"/api/v1/exports/flows.json?member=GB", "member"},
                {"/api/v1/exports/iati/activities.json", "format"}, {"/api/v1/exports/iati/organisations/GB.csv", "format"},
                {"/api/v1/exports/iati/organisations/gb.xml", "memberCode"},
                {"/api/v1/exports/iati/organisations/" + encode(HTML) + ".xml", "memberCode"}}) {
            assertNamed(Api.call(ANONYMOUS, "GET", bad[0], null), 400, bad[1], bad[0]);
        }
        Http.Reply unknown = Api.call(ANONYMOUS, "GET", "/api/v1/exports/flows.xlsx", null);
        assertTrue(unknown.status() >= 400 && unknown.status() < 500, "a format not published: " + unknown.status());
        assertEquals("application/problem+json", unknown.contentType(), unknown.body());
    }

    private static Http.Reply conditional(Callers who, String method, String path, String json, String ifMatch) {
        return Http.call(method, LocalStack.GATEWAY + path, who.token(), json == null ? null : "application/json",
                json == null ? null : bytes(json), "If-Match", ifMatch);
    }

    private static String header(Http.Reply reply, String name) {
        assertEquals(200, reply.status(), reply.body());
        return reply.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    private static void assertNamed(Http.Reply reply, int status, String field, String what) {
        assertEquals(status, reply.status(), what + ": " + reply.body());
        assertEquals("application/problem+json", reply.contentType(), what);
        assertEquals(field, reply.json().at("/errors/0/field").asText(), what + ": " + reply.body());
    }

    /**
     * Issue 16 in notification-service: the lists' paging parameters (a cursor this list did not hand out, a
     * limit of 0, 501 or words) and If-Match on a webhook subscription (required: none is 428) and on the
     * preferences ("nonsense" is 412): each a problem naming the parameter or the header, and nothing changes.
     */
    @Test
    void notificationServicePagingAndIfMatchAreRefusedNamingTheParameter() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        for (String list : List.of("/api/v1/notifications", "/api/v1/deliveries", "/api/v1/webhooks")) {
            for (String[] bad : List.of(new String[] {"cursor", "not-a-cursor"}, new String[] {"cursor", SQL},
                    new String[] {"cursor", NUL}, new String[] {"limit", "0"}, new String[] {"limit", "501"},
                    new String[] {"limit", "abc"})) {
                Http.Reply reply = Api.call(GOV_GB, "GET", withQuery(list, bad[0], bad[1]), null);
                String what = list + "?" + bad[0] + "=" + shown(bad[1]) + ": " + reply.status() + " " + abbreviated(reply.body());
                assertEquals(400, reply.status(), what);
                assertEquals("application/problem+json", reply.contentType(), what);
                assertTrue(reply.json().at("/errors/0/field").asText().endsWith(bad[0]), what);
            }
        }
        String webhook = "/api/v1/webhooks/" + fixtures.value("webhookGB");
        String before = Api.get(GOV_GB, webhook).toString();
        byte[] edit = bytes("{\"url\": \"http://127.0.0.1:9/malformed-input\", \"categories\": [\"pledges\"]}");
        Http.Reply nonsense = Http.call("PUT", LocalStack.GATEWAY + webhook, GOV_GB.token(), "application/json", edit,
                "If-Match", "\"nonsense\"");
        assertEquals(412, nonsense.status(), nonsense.body());
        assertEquals("If-Match", nonsense.json().at("/errors/0/field").asText(), nonsense.body());
        Http.Reply missing = Http.call("PUT", LocalStack.GATEWAY + webhook, GOV_GB.token(), "application/json", edit);
        assertEquals(428, missing.status(), missing.body());
        assertEquals("application/problem+json", missing.contentType());
        assertEquals(before, Api.get(GOV_GB, webhook).toString(), "nothing changed");
        Http.Reply rotate = Http.call("POST", LocalStack.GATEWAY + webhook + "/rotate-secret", GOV_GB.token(), null, null,
                "If-Match", "nonsense");
        assertEquals(412, rotate.status(), rotate.body());
        Http.Reply since = Http.call("POST", LocalStack.GATEWAY + webhook + "/recover?since=" + encode(SQL), GOV_GB.token(),
                null, null);
        assertEquals(400, since.status(), since.body());
        assertEquals("since", since.json().at("/errors/0/field").asText(), since.body());
        Http.Reply preferences = Http.call("PUT", LocalStack.GATEWAY + "/api/v1/preferences", GOV_GB.token(),
                "application/json", bytes("{\"language\": \"en\", \"optedOut\": []}"), "If-Match", "\"nonsense\"");
        assertEquals(412, preferences.status(), preferences.body());
        assertEquals("If-Match", preferences.json().at("/errors/0/field").asText(), preferences.body());
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String page(String path) {
        Http.Reply reply = Http.call("GET", LocalStack.GATEWAY + path, null, null, null, "Accept", "text/html");
        assertEquals(200, reply.status(), path + ": " + abbreviated(reply.body()));
        return reply.body();
    }

    private static void assertEscaped(String text, String where) {
        assertFalse(text.contains("<script>alert"), "an unescaped script tag in " + where);
        assertFalse(text.contains("<img src=x"), "an unescaped img tag in " + where);
        assertTrue(text.contains("&lt;script&gt;") || text.contains("&lt;script>"), "the name, escaped, in " + where);
    }

    private static Http.Reply get(Future<Http.Reply> reply) throws Throwable {
        try {
            return reply.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private static String withQuery(String target, String name, String value) {
        return target + (target.contains("?") ? "&" : "?") + encode(name) + "=" + encode(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String shown(String value) {
        String printable = value.replace("\u0000", "\\0");
        return printable.length() > 40 ? printable.substring(0, 12) + "…(" + value.length() + " chars)" : printable;
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }
}
