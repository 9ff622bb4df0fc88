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
            .put("name", "ceasefire <announced>").put("status", "sealed").put("sealedPledges", 2))
            // never released by a test, so a draft can always be submitted under it
            .add(new JsonObject().put("id", "emb-g7").put("name", "g7-ministerial").put("status", "sealed").put("sealedPledges", 0));
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
            return method.equals("POST") ? createEmbargo(new JsonObject(body)) : embargoes;
        }
        if (path.matches("/api/v1/embargoes/[^/]+") && method.equals("GET")) {
            return embargoes.stream().map(e -> (JsonObject) e)
                    .filter(e -> path.equals("/api/v1/embargoes/" + e.getString("id"))).findFirst().map(e -> (Object) e).orElse(404);
        }
        if (path.matches("/api/v1/embargoes/[^/]+/release") && method.equals("POST")) {
            JsonObject embargo = embargoes.stream().map(e -> (JsonObject) e)
                    .filter(e -> path.equals("/api/v1/embargoes/" + e.getString("id") + "/release")).findFirst().orElse(null);
            if (embargo == null) {
                return 404;
            }
            if ("released".equals(embargo.getString("status"))) {
                return FakeUpstreams.Reply.refusal(409, null, "already released");
            }
            embargo.put("status", "released").put("sealedPledges", 0);
            return FakeUpstreams.Reply.json(200, embargo);
        }
        return path.equals("/api/v1/funding/summary") ? summary(req.getParam("currency"), req.getParam("groupBy")) : null;
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

    private Object createEmbargo(JsonObject embargo) {
        String name = embargo.getString("name");
        if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return FakeUpstreams.Reply.refusal(400, "name", "must be a lower-case slug such as g7-working-session");
        }
        JsonObject created = embargo.put("id", "emb-" + (embargoes.size() + 1)).put("status", "sealed").put("sealedPledges", 0);
        embargoes.add(created);
        return FakeUpstreams.Reply.json(201, created);
    }

    private JsonObject find(String id) {
        return pledges.stream().map(p -> (JsonObject) p).filter(p -> id.equals(p.getString("id"))).findFirst().orElse(null);
    }

    private static JsonObject summary(String currency, String groupBy) {
        // by member and by event, the keys the real service gives (member codes; event ids, "none" without one)
        String[] keys = switch (String.valueOf(groupBy)) {
            case "member" -> new String[] {"GB", "FR"};
            case "event" -> new String[] {"ev-1", "none"};
            default -> new String[] {"EU <bloc>", "GCC"};
        };
        return new JsonObject().put("reportingCurrency", currency).put("groupBy", groupBy)
                .put("groups", new JsonArray()
                        .add(group(keys[0], 4, 9, "2000000.00", "500000.00"))
                        .add(group(keys[1], 3, 3, "1000000.00", "1000000.00")))
                .put("total", group("total", 7, 12, "3000000.00", "1500000.00"))
                .put("unconvertedPledges", "member".equals(groupBy) ? 2 : 0);
    }

    private static JsonObject group(String key, int members, int pledges, String announced, String committed) {
        return new JsonObject().put("key", key).put("members", members).put("pledges", pledges)
                .put("announced", announced).put("committed", committed);
    }
}
