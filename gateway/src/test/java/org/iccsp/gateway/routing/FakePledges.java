package org.iccsp.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stand-in pledge-service: GB's pledges (drafted with an idempotency key, revised while draft,
 * moved through submit, announce, commit, disburse and withdraw with the real rules' refusals),
 * embargoes (created, released once) and a funding summary.
 */
class FakePledges implements FakeUpstreams.Canned {
    /** The pledges, newest first. */
    private final JsonArray pledges = new JsonArray().add(new JsonObject().put("id", "pl-1").put("memberCode", "GB")
            .put("status", "draft").put("amount", "250000.00").put("currency", "GBP")
            .put("verticals", new JsonArray().add("health"))
            .put("target", new JsonObject().put("kind", "cso-project").put("ref", "prj-1").put("name", "Clinics <north>"))
            .put("sealed", false).put("revision", 1).put("disbursedTotal", "0.00"));
    private final Set<String> idempotencyKeys = ConcurrentHashMap.newKeySet();
    private final JsonArray embargoes = new JsonArray().add(new JsonObject().put("id", "emb-1")
            .put("name", "ceasefire <announced>").put("status", "sealed").put("sealedPledges", 2).put("version", 0))
            // never released by a test, so a draft can always be submitted under it
            .add(new JsonObject().put("id", "emb-g7").put("name", "g7-ministerial").put("status", "sealed").put("sealedPledges", 0)
                    .put("version", 0));
    /** The pledges sealed under emb-1 (GB alone; FR and DE jointly), released with it. */
    private final JsonArray sealed = new JsonArray()
            .add(new JsonObject().put("id", "pl-s1").put("memberCode", "GB").put("status", "submitted").put("sealed", true)
                    .put("embargoId", "emb-1").put("amount", "1000000.00").put("currency", "GBP")
                    .put("target", new JsonObject().put("kind", "cso-project").put("ref", "prj-9").put("name", "Clinics <north>")))
            .add(new JsonObject().put("id", "pl-s2").put("memberCode", "FR").put("status", "submitted").put("sealed", true)
                    .put("embargoId", "emb-1").put("amount", "3000000.00").put("currency", "EUR").put("jointLabel", "Water <together>")
                    .put("target", new JsonObject().put("kind", "working-group").put("ref", "wg-water"))
                    .put("shares", new JsonArray()
                            .add(new JsonObject().put("memberCode", "FR").put("amount", "2000000.00").put("currency", "EUR"))
                            .add(new JsonObject().put("memberCode", "DE").put("amount", "1000000.00").put("currency", "EUR"))));
    /** The status each action leads to, from the statuses it may start in. */
    private static final Map<String, Map.Entry<Set<String>, String>> ACTIONS = Map.of(
            "submit", Map.entry(Set.of("draft"), "submitted"),
            "announce", Map.entry(Set.of("submitted"), "announced"),
            "commit", Map.entry(Set.of("announced"), "committed"),
            "disburse", Map.entry(Set.of("committed", "disbursed"), "disbursed"),
            "withdraw", Map.entry(Set.of("draft", "submitted", "announced", "committed", "disbursed"), "withdrawn"));

    @Override
    public Object answer(HttpServerRequest req, String body) {
        String method = req.method().name();
        String path = req.path();
        if (method.equals("POST") && path.equals("/api/v1/pledges")) {
            return draft(req.getHeader("Idempotency-Key"), new JsonObject(body));
        }
        if (path.startsWith("/api/v1/pledges/")) {
            String[] parts = path.substring("/api/v1/pledges/".length()).split("/");
            JsonObject pledge = find(parts[0]);
            if (pledge == null) {
                return 404;
            }
            return switch (method) {
                case "PATCH" -> revise(pledge, new JsonObject(body));
                case "POST" -> parts.length == 2 && parts[1].equals("transitions") ? transition(pledge, new JsonObject(body)) : null;
                default -> pledge.copy().put("history", new JsonArray().add(new JsonObject().put("action", "create")
                        .put("toStatus", "draft").put("actor", "5f0c7a52-2b1e-4c8e-9d0a-3f1b2c4d5e6f").put("actorName", "Grace Gov")
                        .put("at", "2026-01-10T09:00:00Z")));
            };
        }
        if (path.equals("/api/v1/pledges")) {
            String status = req.getParam("status");
            JsonArray listed = new JsonArray();
            pledges.stream().map(p -> (JsonObject) p)
                    .filter(p -> req.getParam("member") == null || req.getParam("member").equals(p.getString("memberCode")))
                    .filter(p -> status == null || status.equals(p.getString("status"))).forEach(listed::add);
            return listed;
        }
        if (path.equals("/api/v1/embargoes")) {
            // two a page whatever the limit, so that the pages must follow Link rel=next
            int from = req.getParam("cursor") == null ? 0 : Integer.parseInt(req.getParam("cursor"));
            return method.equals("POST") ? createEmbargo(new JsonObject(body)) : page(req, embargoes, from, 2);
        }
        if (path.startsWith("/api/v1/embargoes/")) {
            String[] parts = path.substring("/api/v1/embargoes/".length()).split("/");
            JsonObject embargo = embargoes.stream().map(e -> (JsonObject) e).filter(e -> parts[0].equals(e.getString("id")))
                    .findFirst().orElse(null);
            if (embargo == null) {
                return 404;
            }
            if (parts.length == 1 && method.equals("GET")) {
                return new FakeUpstreams.Reply(200, "application/json", embargo.encode(), Map.of("ETag", tag(embargo)));
            }
            if (parts.length == 2 && parts[1].equals("pledges") && method.equals("GET")) {
                JsonArray of = new JsonArray();
                sealed.stream().map(p -> (JsonObject) p).filter(p -> parts[0].equals(p.getString("embargoId"))).forEach(of::add);
                int from = req.getParam("cursor") == null ? 0 : Integer.parseInt(req.getParam("cursor"));
                return page(req, of, from, 1); // one a page: the release page must follow the links
            }
            if (parts.length == 2 && parts[1].equals("release") && method.equals("POST")) {
                if ("released".equals(embargo.getString("status"))) {
                    return FakeUpstreams.Reply.refusal(409, null, "already released");
                }
                String ifMatch = req.getHeader("If-Match");
                if (ifMatch != null && !ifMatch.equals(tag(embargo))) {
                    return FakeUpstreams.Reply.refusal(412, null, "the embargo changed");
                }
                JsonArray announced = new JsonArray();
                sealed.stream().map(p -> (JsonObject) p).filter(p -> parts[0].equals(p.getString("embargoId")))
                        .forEach(p -> announced.add(p.put("status", "announced").put("sealed", false).getString("id")));
                embargo.put("status", "released").put("sealedPledges", 0).put("releasedAt", "2026-05-01T10:00:00Z")
                        .put("version", embargo.getInteger("version") + 1);
                return FakeUpstreams.Reply.json(200, new JsonObject().put("embargo", embargo).put("announcedPledges", announced));
            }
            return null;
        }
        if (path.equals("/api/v1/pledge-audit")) {
            return new JsonObject().put("entries", new JsonArray().add(new JsonObject().put("action", req.getParam("action"))
                    .put("subjectId", req.getParam("subject")).put("actor", new JsonObject().put("subject", "u-1").put("name", "admin-carol"))));
        }
        if (path.equals("/api/v1/funding/pledges")) {
            return breakdown(req.getParam("groupBy"), req.getParam("key"), req.getParam("currency"), req.getParam("year"));
        }
        return path.equals("/api/v1/funding/summary")
                ? summary(req.getParam("currency"), req.getParam("groupBy"), req.getParam("year")) : null;
    }

    /**
     * The pledges behind a group: EU's two parts (one a share of a joint pledge), GCC's one; a key
     * longer than 100 characters refused naming it, as the service does.
     */
    private static Object breakdown(String groupBy, String key, String currency, String year) {
        if (key != null && key.length() > 100) {
            return FakeUpstreams.Reply.refusal(400, "key", "must name a group of the summary (at most 100 characters)");
        }
        JsonArray parts = new JsonArray();
        if (key == null || key.equals("EU <bloc>")) {
            parts.add(part("pl-7", "FR", "Clinics <north>", null, "committed", "1500000.00", "EUR", "1500000.00", "500000.00", "100000.00"));
            parts.add(part("pl-8", "DE", "Schools", "Joint <fund>", "announced", "500000.00", "EUR", "500000.00", "0.00", "0.00"));
        }
        if (key == null || key.equals("GCC")) {
            parts.add(part("pl-9", "QA", "Water", null, "committed", "1000000.00", "USD", "1000000.00", "1000000.00", "250000.00"));
        }
        boolean eu = "EU <bloc>".equals(key);
        JsonObject total = key == null ? group("total", 7, 12, "3000000.00", "1500000.00", "350000.00")
                : eu ? group("EU <bloc>", 4, 9, "2000000.00", "500000.00", "100000.00")
                : "GCC".equals(key) ? group("GCC", 3, 3, "1000000.00", "1000000.00", "250000.00")
                : group(key, 0, 0, "0.00", "0.00", "0.00");
        return new JsonObject().put("reportingCurrency", currency).put("groupBy", groupBy).put("key", key)
                .put("year", year == null ? null : Integer.valueOf(year)).put("parts", parts).put("total", total)
                .put("unconvertedPledges", 0);
    }

    private static JsonObject part(String id, String member, String target, String jointLabel, String status, String amount,
            String currency, String announced, String committed, String disbursed) {
        return new JsonObject().put("pledgeId", id).put("memberCode", member).put("bloc", "EU").put("status", status)
                .put("target", target).put("jointLabel", jointLabel).put("eventId", null).put("verticals", new JsonArray().add("health"))
                .put("valueDate", "2026-01-15").put("amount", amount).put("currency", currency).put("announced", announced)
                .put("committed", committed).put("disbursed", disbursed);
    }

    private Object draft(String key, JsonObject pledge) {
        if (key == null) {
            return FakeUpstreams.Reply.refusal(400, "Idempotency-Key", "required");
        }
        if (pledge.getString("amount") == null || pledge.getString("amount").startsWith("-")) {
            return FakeUpstreams.Reply.refusal(400, "amount", "must be positive");
        }
        if (!pledge.getString("amount").matches("\\d+(\\.\\d+)?")) { // as Jackson refuses "1,000,000"
            return FakeUpstreams.Reply.refusal(400, "amount", "must be a valid BigDecimal");
        }
        if (pledge.getString("currency") == null || !pledge.getString("currency").matches("[A-Z]{3}")) {
            return FakeUpstreams.Reply.refusal(400, "currency", "must be an ISO 4217 code such as EUR");
        }
        if (!idempotencyKeys.add(key)) {
            return FakeUpstreams.Reply.json(200, pledges.getJsonObject(0)); // a replay
        }
        pledge.put("id", "pl-" + (pledges.size() + 1)).put("status", "draft").put("memberCode", "GB")
                .put("sealed", false).put("revision", 1).put("disbursedTotal", "0");
        pledges.getList().add(0, pledge.getMap());
        return FakeUpstreams.Reply.json(201, pledge);
    }

    private Object revise(JsonObject pledge, JsonObject patch) {
        if (!"draft".equals(pledge.getString("status"))) {
            return FakeUpstreams.Reply.refusal(409, null, "cannot revise a pledge that is " + pledge.getString("status"));
        }
        if (patch.getString("amount") == null || patch.getString("amount").startsWith("-")) {
            return FakeUpstreams.Reply.refusal(400, "amount", "must be positive");
        }
        patch.forEach(field -> pledge.put(field.getKey(), field.getValue()));
        pledge.put("revision", pledge.getInteger("revision", 1) + 1);
        return FakeUpstreams.Reply.json(200, pledge);
    }

    private Object transition(JsonObject pledge, JsonObject transition) {
        String action = transition.getString("action");
        var rule = ACTIONS.get(action);
        if (rule == null) {
            return FakeUpstreams.Reply.refusal(400, "action", "unknown action " + action);
        }
        if (!rule.getKey().contains(pledge.getString("status"))) {
            return FakeUpstreams.Reply.refusal(409, null, "cannot " + action + " a pledge that is " + pledge.getString("status"));
        }
        if (action.equals("withdraw") && transition.getString("reason") == null) {
            return FakeUpstreams.Reply.refusal(400, "reason", "a reason is required to withdraw a pledge");
        }
        if (action.equals("submit") && transition.getString("embargoId") != null) {
            pledge.put("sealed", true).put("embargoId", transition.getString("embargoId"));
        }
        String status = rule.getValue();
        if (action.equals("disburse")) {
            BigDecimal remaining = new BigDecimal(pledge.getString("amount")).subtract(new BigDecimal(pledge.getString("disbursedTotal")));
            BigDecimal amount = new BigDecimal(transition.getString("amount", "0"));
            if (amount.compareTo(remaining) > 0) {
                return FakeUpstreams.Reply.refusal(422, "amount", "exceeds what remains to disburse: " + remaining.toPlainString());
            }
            pledge.put("disbursedTotal", new BigDecimal(pledge.getString("disbursedTotal")).add(amount).toPlainString());
            status = amount.compareTo(remaining) == 0 ? "fulfilled" : "disbursed";
        }
        pledge.put("status", status).put("withdrawalReason", transition.getString("reason"));
        return FakeUpstreams.Reply.json(200, pledge);
    }

    /** An admin's ETag of an embargo: its version and how many pledges it seals. */
    private static String tag(JsonObject embargo) {
        return "\"v" + embargo.getInteger("version", 0) + "-" + embargo.getInteger("sealedPledges", 0) + "\"";
    }

    /** {@code size} rows from {@code from}, with a Link to the next page when more follow. */
    private static FakeUpstreams.Reply page(HttpServerRequest req, JsonArray rows, int from, int size) {
        JsonArray some = new JsonArray();
        for (int i = from; i < Math.min(rows.size(), from + size); i++) {
            some.add(rows.getValue(i));
        }
        Map<String, String> headers = from + size < rows.size()
                ? Map.of("Link", "<http://" + req.authority() + req.path() + "?limit=" + size + "&cursor=" + (from + size) + ">; rel=\"next\"")
                : Map.of();
        return new FakeUpstreams.Reply(200, "application/json", some.encode(), headers);
    }

    private Object createEmbargo(JsonObject embargo) {
        String name = embargo.getString("name");
        if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return FakeUpstreams.Reply.refusal(400, "name", "must be a lower-case slug such as g7-working-session");
        }
        JsonObject created = embargo.put("id", "emb-" + (embargoes.size() + 1)).put("status", "sealed").put("sealedPledges", 0)
                .put("version", 0);
        embargoes.add(created);
        return FakeUpstreams.Reply.json(201, created);
    }

    private JsonObject find(String id) {
        return pledges.stream().map(p -> (JsonObject) p).filter(p -> id.equals(p.getString("id"))).findFirst().orElse(null);
    }

    /** The summary: two groups (by year: 2025 and 2026); a year filter keeps 2026's figures only. */
    private static JsonObject summary(String currency, String groupBy, String year) {
        // by member and by event, the keys the real service gives (member codes; event ids, "none" without one)
        String[] keys = switch (String.valueOf(groupBy)) {
            case "year" -> new String[] {"2025", "2026"};
            case "member" -> new String[] {"GB", "FR"};
            case "event" -> new String[] {"ev-1", "none"};
            default -> new String[] {"EU <bloc>", "GCC"};
        };
        JsonArray groups = "year".equals(groupBy)
                ? new JsonArray().add(group(keys[0], 3, 3, "1000000.00", "1000000.00", "250000.00"))
                        .add(group(keys[1], 4, 9, "2000000.00", "500000.00", "100000.00"))
                : new JsonArray().add(group(keys[0], 4, 9, "2000000.00", "500000.00", "100000.00"))
                        .add(group(keys[1], 3, 3, "1000000.00", "1000000.00", "250000.00"));
        JsonObject total = group("total", 7, 12, "3000000.00", "1500000.00", "350000.00");
        if ("2026".equals(year)) {
            groups = new JsonArray().add(groups.getJsonObject(0).copy());
            total = group("total", 4, 9, "2000000.00", "500000.00", "100000.00");
        }
        return new JsonObject().put("reportingCurrency", currency).put("groupBy", groupBy)
                .put("year", year == null ? null : Integer.valueOf(year)).put("groups", groups).put("total", total)
                .put("unconvertedPledges", "member".equals(groupBy) ? 2 : 0).put("years", new JsonArray().add(2025).add(2026))
                .put("lastUpdated", "2026-02-03T10:15:00Z");
    }

    private static JsonObject group(String key, int members, int pledges, String announced, String committed,
            String disbursed) {
        return new JsonObject().put("key", key).put("members", members).put("pledges", pledges)
                .put("announced", announced).put("committed", committed).put("disbursed", disbursed);
    }
}
