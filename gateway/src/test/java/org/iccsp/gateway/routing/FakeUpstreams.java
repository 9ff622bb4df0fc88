package org.iccsp.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stand-in services: a directory-service and an events-service answering a few canned resources
 * (what the pages and the merged OpenAPI read) and echoing every other request as JSON; pledges and
 * notifications point at a closed port, as a service that is down would.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {
    /** A name with markup, to show the pages escape what services (and so users) wrote. */
    public static final String HOSTILE_NAME = "<script>alert('x')</script> Peace & Co";

    /** Init arg: "true" starts a stand-in pledge-service instead of leaving it down. */
    public static final String PLEDGES_UP = "pledgesUp";

    private Vertx vertx;
    private boolean pledgesUp;

    @Override
    public void init(Map<String, String> initArgs) {
        pledgesUp = Boolean.parseBoolean(initArgs.getOrDefault(PLEDGES_UP, "false"));
    }

    @Override
    public Map<String, String> start() {
        try {
            vertx = Vertx.vertx();
            HttpServer directory = serve("directory", this::directory);
            HttpServer events = serve("events", this::events);
            int closed;
            try (ServerSocket socket = new ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            String down = "http://127.0.0.1:" + closed;
            String pledges = pledgesUp ? "http://127.0.0.1:" + serve("pledges", this::pledges).actualPort() : down;
            return Map.of("iccsp.upstream.directory", "http://127.0.0.1:" + directory.actualPort(),
                    "iccsp.upstream.events", "http://127.0.0.1:" + events.actualPort(),
                    "iccsp.upstream.pledges", pledges, "iccsp.upstream.notifications", down);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Canned {
        /** @return the canned answer for a request (JSON, a status, or a Reply), or null to echo it */
        Object answer(HttpServerRequest request, String body);
    }

    /** A canned answer with its own status and content type. */
    private record Reply(int status, String contentType, String body) {
    }

    /** The registrations the stand-in events-service has cancelled. */
    private final java.util.Set<String> cancelled = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The participants the stand-in events-service has checked in. */
    private final java.util.Set<String> checkedIn = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private HttpServer serve(String name, Canned canned) throws Exception {
        return vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            Object answer = canned.answer(req, body.toString());
            if (answer instanceof Integer status) {
                req.response().setStatusCode(status).end();
                return;
            }
            if (answer instanceof Reply reply) {
                req.response().setStatusCode(reply.status()).putHeader("Content-Type", reply.contentType())
                        .putHeader("X-Upstream", name).end(reply.body());
                return;
            }
            if (answer == null) {
                answer = new JsonObject().put("method", req.method().name()).put("uri", req.uri())
                        .put("authorization", req.getHeader("Authorization"))
                        .put("requestId", req.getHeader("X-Request-Id"))
                        .put("traceparent", req.getHeader("traceparent"))
                        .put("tracestate", req.getHeader("tracestate"))
                        .put("host", req.getHeader("Host"))
                        .put("body", body.toString());
            }
            req.response().setStatusCode(req.method().name().equals("POST") ? 201 : 200)
                    .putHeader("Content-Type", "application/json").putHeader("X-Upstream", name)
                    .end(answer.toString());
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private Object directory(HttpServerRequest req, String body) {
        if (req.method().name().equals("POST") && req.path().equals("/api/v1/organizations/org-p/verification")) {
            JsonObject review = new JsonObject(body);
            return "reject".equals(review.getString("decision")) && review.getString("reason") == null
                    ? new Reply(400, "application/problem+json", new JsonObject().put("title", "Invalid request")
                            .put("status", 400).put("errors", new JsonArray().add(new JsonObject()
                                    .put("field", "reason").put("message", "a rejection needs a reason"))).encode())
                    : new Reply(200, "application/json", review.put("id", "org-p").encode());
        }
        if (req.method().name().equals("PATCH") && req.path().equals("/api/v1/organizations/org-cso")) {
            JsonObject patch = new JsonObject(body);
            String website = patch.getString("website");
            if (website != null && !website.startsWith("http")) {
                return new Reply(400, "application/problem+json", new JsonObject().put("title", "Invalid request")
                        .put("status", 400).put("errors", new JsonArray().add(new JsonObject()
                                .put("field", "website").put("message", "must be an http(s) URL"))).encode());
            }
            patch.forEach(field -> ownProfile.put(field.getKey(), field.getValue()));
            return new Reply(200, "application/json", ownProfile.encode());
        }
        if (!req.method().name().equals("GET")) {
            return null;
        }
        if (req.path().equals("/api/v1/organizations/org-cso")) {
            return ownProfile;
        }
        if (req.path().equals("/api/v1/organizations") && "false".equals(req.getParam("verified"))) {
            return new JsonObject().put("items", new JsonArray().add(new JsonObject().put("id", "org-p")
                    .put("legalName", "Pending <Org>").put("country", "IL").put("status", "pending")));
        }
        return switch (req.path()) {
            case "/q/openapi" -> new JsonObject().put("openapi", "3.1.0")
                    .put("paths", new JsonObject().put("/api/v1/organizations", new JsonObject()
                            .put("get", new JsonObject().put("responses", new JsonObject().put("400",
                                    ref("Problem"))))))
                    .put("components", new JsonObject().put("schemas", new JsonObject()
                            .put("Problem", new JsonObject().put("type", "object")
                                    .put("properties", new JsonObject().put("title", new JsonObject().put("type", "string"))))
                            .put("Organization", new JsonObject().put("type", "object"))));
            case "/api/v1/organizations" -> new JsonObject()
                    .put("items", new JsonArray()
                            .add(new JsonObject().put("id", "org-1").put("legalName", HOSTILE_NAME)
                                    .put("nameAr", "سلام").put("type", "ngo").put("country", "PS")
                                    // the search words the service received, shown back as the city
                                    .put("city", String.valueOf(req.getParam("q"))))
                            .add(new JsonObject().put("id", "org-2").put("legalName", "Second Org")
                                    .put("type", "think-tank").put("country", "IL")))
                    .put("nextCursor", "c2")
                    .put("facets", new JsonObject().put("sector", new JsonObject().put("health", 7).put("education", 3)));
            case "/api/v1/sectors" -> new JsonArray()
                    .add(new JsonObject().put("code", "health").put("label", "Health"))
                    .add(new JsonObject().put("code", "education").put("label", "Education"));
            case "/api/v1/organizations/org-1" -> new JsonObject().put("id", "org-1").put("legalName", HOSTILE_NAME)
                    .put("nameHe", "שלום").put("type", "ngo").put("country", "PS-GZA").put("status", "verified")
                    .put("sectors", new JsonArray().add("health").add("education"))
                    .put("description", "Works <b>across</b> borders");
            case "/api/v1/organizations/hidden" -> 404;
            case "/api/v1/organizations/forbidden" -> 403;
            default -> null;
        };
    }

    private Object events(HttpServerRequest req, String body) {
        if (!req.method().name().equals("GET")) {
            return registrationWrites(req, new JsonObject(body.startsWith("{") ? body : "{}"));
        }
        JsonObject event = new JsonObject().put("id", "ev-1").put("title", "Leaders' Convening")
                .put("kind", "convening").put("venue", "Rome").put("timeZone", "Europe/Rome")
                .put("startsAt", "2026-05-04T09:00:00").put("endsAt", "2026-05-05T17:00:00")
                .put("startsAtUtc", "2026-05-04T07:00:00Z").put("endsAtUtc", "2026-05-05T15:00:00Z")
                .put("capacity", 25).put("placesLeft", 4).put("status", "scheduled").put("visibility", "public");
        return switch (req.path()) {
            case "/q/openapi" -> new JsonObject().put("openapi", "3.1.0")
                    .put("paths", new JsonObject().put("/api/v1/events", new JsonObject()
                            .put("get", new JsonObject().put("responses", new JsonObject().put("400",
                                    ref("Problem"))))))
                    .put("components", new JsonObject().put("schemas", new JsonObject()
                            .put("Problem", new JsonObject().put("type", "object")
                                    .put("properties", new JsonObject().put("detail", new JsonObject().put("type", "string"))))));
            // like the real service, a signed-in member sees more than an anonymous reader
            case "/api/v1/events" -> req.getHeader("Authorization") == null ? new JsonArray().add(event)
                    : new JsonArray().add(event).add(event.copy().put("id", "ev-2").put("title", "Members briefing"));
            case "/api/v1/events/broken" -> 500;
            case "/api/v1/registrations/reg-1" -> new JsonObject().put("id", "reg-1").put("eventId", "ev-1")
                    .put("name", "Alice <A.>").put("places", 1)
                    .put("status", cancelled.contains("reg-1") ? "cancelled" : "confirmed");
            case "/api/v1/registrations/reg-1/invite.ics" -> new Reply(200, "text/calendar",
                    "BEGIN:VCALENDAR\r\nUID:registration-reg-1@events.iccsp.org\r\nEND:VCALENDAR\r\n");
            case "/api/v1/events/ev-1" -> event;
            case "/api/v1/events/ev-1/sessions" -> new JsonArray()
                    .add(session("Closing plenary", "2026-05-05T15:00:00", "2026-05-05T17:00:00").put("id", "s-2"))
                    .add(session("Opening circle", "2026-05-04T09:00:00", "2026-05-04T10:30:00").put("id", "s-1"));
            case "/api/v1/events/ev-1/registrations" -> new JsonArray()
                    .add(new JsonObject().put("id", "reg-2").put("name", "Bob <B>").put("status", "requested").put("places", 1))
                    .add(new JsonObject().put("id", "reg-1").put("name", "Alice").put("status", "confirmed").put("places", 1));
            case "/api/v1/events/ev-1/waitlist" -> new JsonArray()
                    .add(new JsonObject().put("id", "reg-3").put("name", "Carol").put("status", "waitlisted")
                            .put("places", 3).put("waitlistRank", 1));
            case "/api/v1/events/ev-1/sessions/s-1/participants" -> new JsonArray()
                    .add(new JsonObject().put("registrationId", "reg-1").put("name", "Alice").put("organizationId", "org-1")
                            .put("checkedInAt", checkedIn.contains("reg-1") ? "2026-05-04T07:55:00Z" : null));
            default -> null;
        };
    }

    private Object registrationWrites(HttpServerRequest req, JsonObject body) {
        if (req.method().name().equals("POST") && req.path().equals("/api/v1/events/ev-1/registrations")) {
            if (body.getString("name") == null || body.getString("name").isBlank()) {
                return new Reply(400, "application/problem+json", new JsonObject()
                        .put("type", "https://iccsp.org/problems/invalid-request").put("title", "Invalid request")
                        .put("status", 400).put("errors", new JsonArray().add(new JsonObject()
                                .put("field", "name").put("message", "must not be blank <really>")))
                        .encode());
            }
            return new Reply(201, "application/json", new JsonObject().put("id", "reg-1").put("status", "confirmed")
                    .put("name", body.getString("name")).encode());
        }
        if (req.method().name().equals("POST") && req.path().equals("/api/v1/registrations/reg-2/decision")) {
            return "approve".equals(body.getString("decision"))
                    ? new Reply(409, "application/problem+json", new JsonObject().put("title", "Conflict")
                            .put("status", 409).put("detail", "the event is full").encode())
                    : new Reply(200, "application/json", new JsonObject().put("id", "reg-2").encode());
        }
        if (req.method().name().equals("POST")
                && req.path().equals("/api/v1/events/ev-1/sessions/s-1/participants/reg-1/check-in")) {
            checkedIn.add("reg-1");
            return new Reply(200, "application/json", new JsonObject().put("registrationId", "reg-1").encode());
        }
        if (req.method().name().equals("DELETE") && req.path().equals("/api/v1/registrations/reg-1")) {
            cancelled.add("reg-1");
            return 204;
        }
        return null;
    }

    /** The profile a CSO user edits, as the stand-in directory-service keeps it. */
    private final JsonObject ownProfile = new JsonObject().put("id", "org-cso").put("legalName", "Olive Branch")
            .put("nameEn", "Olive Branch").put("type", "ngo").put("country", "PS").put("city", "Ramallah")
            .put("publicListing", false).put("visibility", new JsonObject().put("city", "members"));

    /** Embargoes the stand-in pledge-service has released. */
    private final java.util.Set<String> released = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The pledges the stand-in pledge-service holds, newest first, and the idempotency keys it saw. */
    private final JsonArray pledgeList = new JsonArray().add(new JsonObject().put("id", "pl-1").put("memberCode", "GB")
            .put("status", "draft").put("amount", "250000.00").put("currency", "GBP")
            .put("verticals", new JsonArray().add("health"))
            .put("target", new JsonObject().put("kind", "cso-project").put("ref", "prj-1").put("name", "Clinics <north>"))
            .put("sealed", false));
    private final java.util.Set<String> idempotencyKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Object pledgeWrites(HttpServerRequest req, String body) {
        if (req.path().equals("/api/v1/pledges")) {
            String key = req.getHeader("Idempotency-Key");
            JsonObject pledge = new JsonObject(body);
            if (key == null) {
                return new Reply(400, "application/problem+json", "{\"title\":\"Invalid request\",\"status\":400}");
            }
            if (pledge.getString("amount") == null || pledge.getString("amount").startsWith("-")) {
                return new Reply(400, "application/problem+json", new JsonObject().put("title", "Invalid request")
                        .put("status", 400).put("errors", new JsonArray().add(new JsonObject()
                                .put("field", "amount").put("message", "must be positive"))).encode());
            }
            if (!idempotencyKeys.add(key)) {
                return new Reply(200, "application/json", pledgeList.getJsonObject(0).encode()); // a replay
            }
            pledge.put("id", "pl-" + (pledgeList.size() + 1)).put("status", "draft").put("memberCode", "GB")
                    .put("sealed", false);
            pledgeList.getList().add(0, pledge.getMap());
            return new Reply(201, "application/json", pledge.encode());
        }
        if (req.path().equals("/api/v1/pledges/pl-1/transitions")) {
            pledgeList.stream().map(p -> (JsonObject) p).filter(p -> p.getString("id").equals("pl-1"))
                    .forEach(p -> p.put("status", "submitted"));
            return new Reply(200, "application/json", "{}");
        }
        return null;
    }

    private Object pledges(HttpServerRequest req, String body) {
        if (req.method().name().equals("POST") && req.path().startsWith("/api/v1/pledges")) {
            return pledgeWrites(req, body);
        }
        if (req.path().equals("/api/v1/pledges")) {
            return "GB".equals(req.getParam("member")) ? pledgeList : new JsonArray();
        }
        if (req.path().equals("/api/v1/embargoes")) {
            return new JsonArray().add(new JsonObject().put("id", "emb-1").put("name", "ceasefire <announced>")
                    .put("status", released.contains("emb-1") ? "released" : "sealed")
                    .put("sealedPledges", released.contains("emb-1") ? 0 : 2));
        }
        if (req.path().equals("/api/v1/embargoes/emb-1/release") && req.method().name().equals("POST")) {
            return released.add("emb-1") ? new Reply(200, "application/json", "{\"id\":\"emb-1\"}")
                    : new Reply(409, "application/problem+json",
                            "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"already released\"}");
        }
        if (!req.path().equals("/api/v1/funding/summary")) {
            return null;
        }
        String currency = req.getParam("currency");
        return new JsonObject().put("reportingCurrency", currency).put("groupBy", req.getParam("groupBy"))
                .put("groups", new JsonArray()
                        .add(group("EU <bloc>", 4, 9, "2000000.00", "500000.00"))
                        .add(group("GCC", 3, 3, "1000000.00", "1000000.00")))
                .put("total", group("total", 7, 12, "3000000.00", "1500000.00"))
                .put("suppressedGroups", 1).put("unconvertedPledges", 0);
    }

    private static JsonObject group(String key, int members, int pledges, String announced, String committed) {
        return new JsonObject().put("key", key).put("members", members).put("pledges", pledges)
                .put("announced", announced).put("committed", committed);
    }

    private static JsonObject session(String title, String startsAt, String endsAt) {
        return new JsonObject().put("title", title).put("kind", "session").put("audience", "mixed")
                .put("room", "Sala A").put("startsAt", startsAt).put("endsAt", endsAt).put("capacity", 25);
    }

    private static JsonObject ref(String schema) {
        return new JsonObject().put("description", "problem").put("content", new JsonObject()
                .put("application/problem+json", new JsonObject().put("schema",
                        new JsonObject().put("$ref", "#/components/schemas/" + schema))));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
