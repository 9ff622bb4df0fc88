package org.iccsp.e2e;

import static org.iccsp.e2e.Callers.ADMIN;
import static org.iccsp.e2e.Callers.ANONYMOUS;
import static org.iccsp.e2e.Callers.CSO_A;
import static org.iccsp.e2e.Callers.CSO_B;
import static org.iccsp.e2e.Callers.GOV_GB;
import static org.iccsp.e2e.Callers.ORGANISER;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages' part of the malformed-input corpus, through the real stack: every public and signed-in
 * page with bad query values, bad path ids, and the pledge form with bad fields (CR, LF, NUL, U+202E,
 * very long, numbers written every wrong way), and every other form of the pages (each field, each path
 * id) from a signed-in browser session ({@link PageSession}). Zero 5xx; a bad filter, cursor or id is a 4xx page,
 * never the "temporarily unavailable" outage page. Signed-in pages are called with the person's
 * bearer token (the gateway takes one on pages, for tools), forms with their CSRF cookie and fields.
 */
@RealStack
class PageFuzzIT {
    static final List<String> BAD = List.of("a\rb", "a\nb", "a\r\nb", "a\u0000b", "\u202EHaifa", "x".repeat(5000),
            "Palestine", "zzz", "1,000,000", "-1", "1e999", "' OR '1'='1", "<script>alert(1)</script>", "%", "",
            "١٬٠٠٠", "../../etc/passwd");
    private static final Pattern HIDDEN = Pattern.compile("name=\"(csrf-token|csrf-session|idempotencyKey)\" value=\"([^\"]*)\"");

    private record Probe(String name, Callers caller, String method, String path, Map<String, String> form, String cookie,
            PageSession session) {
        Probe(String name, Callers caller, String method, String path, Map<String, String> form, String cookie) {
            this(name, caller, method, path, form, cookie, null);
        }
    }

    /**
     * A form of the pages: who sends it (a browser session with its CSRF fields), where, the fields as a
     * person fills them, and {@code spoiler}: a field set to a value the service refuses while another
     * field is fuzzed, so that the fuzz makes and changes nothing.
     */
    private record Form(Callers caller, String path, Map<String, String> valid, Map<String, String> spoiler) {
    }

    @Test
    void everyPageAndFormAnswersBadInputWithA4xxPageNeverA5xx() throws Exception {
        SecurityFixtures fixtures = SecurityFixtures.get();
        List<Probe> probes = new ArrayList<>();
        // query values
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("/directory", List.of("q", "sector", "country", "type", "network", "sort", "cursor", "lang"));
        queries.put("/events", List.of("lang", "from"));
        queries.put("/funding", List.of("groupBy", "currency", "year"));
        queries.put("/funding/pledges", List.of("groupBy", "key", "currency", "year"));
        queries.put("/my/pledges", List.of("status"));
        queries.put("/my/registrations", List.of("status"));
        Map<String, Callers> owner = Map.of("/my/pledges", GOV_GB, "/my/registrations", CSO_A);
        queries.forEach((page, params) -> {
            for (String param : params) {
                for (String bad : BAD) {
                    probes.add(new Probe(page + "?" + param + "=" + shown(bad), owner.getOrDefault(page, ANONYMOUS), "GET",
                            page + "?" + param + "=" + encode(bad), null, null));
                }
            }
        });
        // path ids
        Map<String, Callers> byId = new LinkedHashMap<>();
        byId.put("/directory/", ANONYMOUS);
        byId.put("/events/", ANONYMOUS);
        byId.put("/my/pledges/", GOV_GB);
        byId.put("/my/registrations/", CSO_A);
        byId.put("/organiser/events/", ORGANISER);
        byId.put("/announcements/", ANONYMOUS);
        byId.forEach((prefix, caller) -> {
            for (String bad : BAD) {
                if (!bad.isEmpty()) {
                    probes.add(new Probe(prefix + shown(bad), caller, "GET", prefix + encode(bad), null, null));
                }
            }
        });
        for (String page : List.of("/", "/my/organization", "/my/pledges/new", "/organiser", "/admin/verification",
                "/admin/embargoes", "/announcements", "/my/pledges/" + fixtures.value("pledgeDraftGB"), "/logout")) {
            Callers caller = page.startsWith("/admin") ? ADMIN : page.startsWith("/organiser") ? ORGANISER
                    : page.startsWith("/my/pledges") ? GOV_GB : page.equals("/") ? ANONYMOUS : CSO_A;
            probes.add(new Probe(page, caller, "GET", page + "?lang=" + encode("\u202E<x>"), null, null));
        }
        // the pledge form: each field bad in turn, the others as a person would type them
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("amount", "250,000");
        valid.put("currency", "EUR");
        valid.put("valueDate", "2026-06-01");
        valid.put("target-kind", "cso-project");
        valid.put("target-ref", "page-fuzz");
        valid.put("target-name", "Page fuzz");
        for (String field : List.of("idempotencyKey", "amount", "currency", "valueDate", "target-kind", "target-ref",
                "target-name", "notes", "shares-0-memberCode", "shares-0-amount")) {
            for (String bad : BAD) {
                Http.Reply form = Http.call("GET", LocalStack.GATEWAY + "/my/pledges/new", GOV_GB.token(), null, null,
                        "Accept", "text/html");
                assertTrue(form.status() == 200, "the pledge form: " + form.status());
                Map<String, String> fields = new LinkedHashMap<>(valid);
                Matcher hidden = HIDDEN.matcher(form.body());
                while (hidden.find()) {
                    fields.put(hidden.group(1), hidden.group(2));
                }
                if (!field.equals("idempotencyKey") && !field.equals("amount") && !field.startsWith("shares")) {
                    fields.put("amount", "-1"); // refused by the service: the fuzz drafts nothing
                }
                fields.put(field, bad);
                probes.add(new Probe("POST /my/pledges " + field + "=" + shown(bad), GOV_GB, "POST", "/my/pledges", fields,
                        csrfCookie(form)));
            }
        }

        probes.addAll(formProbes(fixtures));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Http.Reply>> replies = probes.stream().map(p -> pool.submit(() -> send(p))).toList();
        List<String> failures = new ArrayList<>();
        int fourHundreds = 0;
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            Http.Reply reply = replies.get(i).get(5, TimeUnit.MINUTES);
            if (reply.status() >= 500) {
                failures.add(p.name() + " → " + reply.status());
            } else if (reply.status() >= 400) {
                fourHundreds++;
            }
            if (reply.body().contains("Temporarily unavailable")) {
                failures.add(p.name() + " → the outage page for bad input");
            }
        }
        pool.shutdown();
        System.out.printf("PageFuzzIT: %d page probes, %d answered 4xx, %d failures%n", probes.size(), fourHundreds,
                failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + probes.size() + " page probes failed:\n"
                + String.join("\n", failures.subList(0, Math.min(200, failures.size()))));
    }

    /**
     * Every other form of the pages (issue 17): each field set to each bad value, sent from a signed-in
     * browser session with its CSRF fields, the CSRF fields themselves set to each bad value (a csrf-token that
     * is not base64url was a 500 from quarkus-rest-csrf's decoding), and bad ids in every path of a form.
     */
    private static List<Probe> formProbes(SecurityFixtures fixtures) {
        String event = SecurityFixtures.event("public");
        String registration = SecurityFixtures.register(CSO_A, event);
        String draft = SecurityFixtures.pledge(GOV_GB);
        String orgA = fixtures.value("orgA");
        List<Form> forms = List.of(
                new Form(ADMIN, "/admin/verification/" + orgA, Map.of("decision", "reject", "reason", "page fuzz"),
                        Map.of("decision", "bogus")),
                new Form(ADMIN, "/admin/embargoes", Map.of("name", "page-fuzz", "releaseAt", "2031-01-01T10:00"),
                        Map.of("releaseAt", "not-a-time")),
                new Form(GOV_GB, "/my/pledges/" + draft + "/edit", Map.of("amount", "1,000", "currency", "GBP",
                        "valueDate", "2026-06-01", "target-kind", "cso-project", "target-ref", "page-fuzz", "notes", "n"),
                        Map.of("amount", "-1")),
                new Form(GOV_GB, "/my/pledges/" + draft + "/transitions", Map.of("action", "commit", "embargoId", "",
                        "amount", "1,000", "date", "2026-06-01", "reason", "page fuzz"), Map.of("action", "bogus")),
                new Form(CSO_A, "/my/registrations/" + registration + "/cancel", Map.of("returnTo", "list"),
                        Map.of()),
                new Form(CSO_A, "/my/registrations/" + registration + "/accept", Map.of("returnTo", "list"), Map.of()),
                new Form(CSO_B, "/my/organization", Map.of("legalName", "Bashir Dialogue Centre", "type", "ngo",
                        "country", "PS", "contactEmail", "cso-bashir@iccsp.test", "sectors", "education", "languages", "ar",
                        "website", "https://example.org", "description", "d", "contacts-0-email", "x@example.org"),
                        Map.of("country", "not-a-country")),
                new Form(CSO_B, "/my/organization/register", Map.of("legalName", "Page fuzz", "type", "ngo",
                        "country", "PS", "contactEmail", "cso-bashir@iccsp.test"), Map.of("country", "not-a-country")),
                new Form(ORGANISER, "/organiser/new-event", Map.of("title", "Page fuzz", "kind", "convening",
                        "venue", "Jericho", "timeZone", "Asia/Hebron", "startsAt", "2030-05-01T09:00", "endsAt",
                        "2030-05-01T17:00", "visibility", "public", "capacity", "20", "parity-groups", "a, b",
                        "parity-tolerance", "1"), Map.of("capacity", "-5")),
                new Form(ORGANISER, "/organiser/events/" + event + "/sessions", Map.of("session-title", "Page fuzz",
                        "session-kind", "session", "session-audience", "mixed", "session-room", "A", "session-startsAt",
                        "2030-03-10T12:00", "session-endsAt", "2030-03-10T13:00", "session-capacity", "5"),
                        Map.of("session-capacity", "-5")),
                new Form(ORGANISER, "/organiser/events/" + event + "/invitations", Map.of("email", "fuzz@example.org"),
                        Map.of()),
                new Form(ORGANISER, "/organiser/events/" + event + "/registrations/" + registration + "/decision",
                        Map.of("decision", "bogus"), Map.of()),
                new Form(CSO_B, "/events/" + event + "/register", Map.of("name", "Page fuzz", "representationGroup", "a",
                        "onBehalfOfOrganization", "on", "delegation.head.name", "Head", "delegation.head.title", "Minister"),
                        Map.of("onBehalfOfOrganization", "on", "representationGroup", "\u0000")),
                new Form(CSO_A, "/invitations/accept", Map.of("token", "not-a-token", "event", event, "name", "Page fuzz"),
                        Map.of()));
        List<Probe> probes = new ArrayList<>();
        for (Form form : forms) {
            PageSession session = PageSession.of(form.caller());
            Map<String, String> csrf = session.csrf();
            for (String field : form.valid().keySet()) {
                if (form.path().endsWith("/invitations") && !field.equals("email")) {
                    continue;
                }
                for (String bad : BAD) {
                    Map<String, String> fields = new LinkedHashMap<>(form.valid());
                    form.spoiler().forEach((k, v) -> {
                        if (!k.equals(field)) {
                            fields.put(k, v);
                        }
                    });
                    fields.put(field, bad);
                    fields.putAll(csrf);
                    probes.add(new Probe("POST " + form.path() + " " + field + "=" + shown(bad), form.caller(), "POST",
                            form.path(), fields, null, session));
                }
            }
        }
        // the CSRF fields themselves: a forged, truncated or undecodable token is refused as a 4xx page
        for (Form form : forms) {
            PageSession session = PageSession.of(form.caller());
            Map<String, String> csrf = session.csrf();
            for (String field : csrf.keySet()) {
                for (String bad : BAD) {
                    Map<String, String> fields = new LinkedHashMap<>(form.valid());
                    fields.putAll(csrf);
                    fields.put(field, bad);
                    probes.add(new Probe("POST " + form.path() + " " + field + "=" + shown(bad), form.caller(), "POST",
                            form.path(), fields, null, session));
                }
            }
        }
        // bad ids in the paths of the forms and downloads
        Map<String, Callers> paths = new LinkedHashMap<>();
        paths.put("POST /admin/verification/%s", ADMIN);
        paths.put("POST /admin/embargoes/%s/release", ADMIN);
        paths.put("GET /admin/embargoes/%s/release", ADMIN);
        paths.put("GET /my/pledges/%s/withdraw", GOV_GB);
        paths.put("GET /my/registrations/%s/cancel", CSO_A);
        paths.put("GET /my/registrations/" + registration + "/sessions/%s/leave", CSO_A);
        paths.put("POST /my/pledges/%s/transitions", GOV_GB);
        paths.put("POST /my/pledges/%s/edit", GOV_GB);
        paths.put("GET /my/pledges/%s/edit", GOV_GB);
        paths.put("POST /my/registrations/%s/cancel", CSO_A);
        paths.put("POST /my/registrations/%s/accept", CSO_A);
        paths.put("GET /my/registrations/%s/invite.ics", CSO_A);
        paths.put("GET /my/registrations/%s/letter.pdf", CSO_A);
        paths.put("POST /my/registrations/" + registration + "/sessions/%s/join", CSO_A);
        paths.put("POST /my/registrations/" + registration + "/sessions/%s/leave", CSO_A);
        paths.put("GET /events/%s/register", CSO_B);
        paths.put("POST /events/%s/register", CSO_B);
        paths.put("POST /organiser/events/%s/cancel", ORGANISER);
        paths.put("POST /organiser/events/%s/sessions", ORGANISER);
        paths.put("POST /organiser/events/%s/invitations", ORGANISER);
        paths.put("GET /organiser/events/" + event + "/sessions/%s", ORGANISER);
        paths.put("POST /organiser/events/" + event + "/registrations/%s/decision", ORGANISER);
        paths.put("POST /organiser/events/" + event + "/sessions/%s/participants/" + registration + "/check-in", ORGANISER);
        paths.forEach((template, caller) -> {
            PageSession session = PageSession.of(caller);
            Map<String, String> csrf = template.startsWith("POST") ? session.csrf() : null;
            for (String bad : BAD) {
                if (bad.isEmpty()) {
                    continue;
                }
                String[] request = template.split(" ", 2);
                probes.add(new Probe(request[0] + " " + request[1].formatted(shown(bad)), caller, request[0],
                        request[1].formatted(encode(bad)), csrf, null, session));
            }
        });
        // query values of the other pages
        for (String query : List.of("/invitations/accept?token=%s", "/invitations/accept?token=t&event=%s",
                "/my/registrations/" + registration + "?place=%s", "/my/organization?saved=%s",
                "/my/registrations/" + registration + "/cancel?returnTo=%s")) {
            Callers caller = query.startsWith("/my/organization") ? CSO_B : CSO_A;
            for (String bad : BAD) {
                probes.add(new Probe("GET " + query.formatted(shown(bad)), caller, "GET", query.formatted(encode(bad)), null,
                        null, PageSession.of(caller)));
            }
        }
        return probes;
    }

    private static Http.Reply send(Probe p) {
        if (p.session() != null) {
            return p.method().equals("POST") ? p.session().post(p.path(), p.form() == null ? Map.of() : p.form())
                    : p.session().get(p.path());
        }
        if (p.form() == null) {
            return Http.call(p.method(), LocalStack.GATEWAY + p.path(), p.caller().token(), null, null, "Accept", "text/html");
        }
        StringBuilder body = new StringBuilder();
        p.form().forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        return Http.call(p.method(), LocalStack.GATEWAY + p.path(), p.caller().token(), "application/x-www-form-urlencoded",
                body.toString().getBytes(StandardCharsets.UTF_8), "Accept", "text/html", "Cookie", p.cookie());
    }

    private static String csrfCookie(Http.Reply form) {
        return form.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                .flatMap(e -> e.getValue().stream()).filter(c -> c.startsWith("csrf-token="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow(() -> new AssertionError("no CSRF cookie on the form"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shown(String value) {
        String escaped = value.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0").replace("\u202E", "\\u202E");
        return escaped.length() > 20 ? escaped.substring(0, 20) + "…(" + value.length() + ")" : escaped;
    }
}
