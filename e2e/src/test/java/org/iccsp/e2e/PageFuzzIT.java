package org.iccsp.e2e;

import static org.iccsp.e2e.Callers.ADMIN;
import static org.iccsp.e2e.Callers.ANONYMOUS;
import static org.iccsp.e2e.Callers.CSO_A;
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
 * very long, numbers written every wrong way). Zero 5xx; a bad filter, cursor or id is a 4xx page,
 * never the "temporarily unavailable" outage page. Signed-in pages are called with the person's
 * bearer token (the gateway takes one on pages, for tools), forms with their CSRF cookie and fields.
 */
@RealStack
class PageFuzzIT {
    static final List<String> BAD = List.of("a\rb", "a\nb", "a\r\nb", "a\u0000b", "\u202EHaifa", "x".repeat(5000),
            "Palestine", "zzz", "1,000,000", "-1", "1e999", "' OR '1'='1", "<script>alert(1)</script>", "%", "",
            "١٬٠٠٠", "../../etc/passwd");
    private static final Pattern HIDDEN = Pattern.compile("name=\"(csrf-token|csrf-session|idempotencyKey)\" value=\"([^\"]*)\"");

    private record Probe(String name, Callers caller, String method, String path, Map<String, String> form, String cookie) {
    }

    @Test
    void everyPageAndFormAnswersBadInputWithA4xxPageNeverA5xx() throws Exception {
        SecurityFixtures fixtures = SecurityFixtures.get();
        List<Probe> probes = new ArrayList<>();
        // query values
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("/directory", List.of("q", "sector", "country", "cursor", "lang"));
        queries.put("/events", List.of("lang", "from"));
        queries.put("/funding", List.of("groupBy", "currency"));
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
        byId.forEach((prefix, caller) -> {
            for (String bad : BAD) {
                if (!bad.isEmpty()) {
                    probes.add(new Probe(prefix + shown(bad), caller, "GET", prefix + encode(bad), null, null));
                }
            }
        });
        for (String page : List.of("/", "/my/organization", "/my/pledges/new", "/organiser", "/admin/verification",
                "/admin/embargoes", "/my/pledges/" + fixtures.value("pledgeDraftGB"), "/logout")) {
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
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private static Http.Reply send(Probe p) {
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
