package org.iccsp.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stand-in events-service: events (ev-1 public with a timetable, ev-2 for members, ev-3 by
 * invitation only), the signed-in person's registrations, an organiser's desk for ev-1, and the
 * writes the pages make, refusing what the real service refuses (naming the field), including a
 * forwarded invitation (403). It keeps what was written, so a page shows the change afterwards.
 */
class FakeEvents implements FakeUpstreams.Canned {
    /** Ids as the real service writes them in its refusals, which no page may show. */
    static final String SESSION_UUID = "ed2fa049-7d1c-4b8e-a2f3-5c6d7e8f9a0b";
    static final String EVENT_UUID = "62113324-5b1a-4c3e-9f0e-0c1d2e3f4a5b";

    static final String EVENT_START = "2026-05-04T09:00:00";
    /** The invitation token that was sent to another address (a forwarded link). */
    static final String FORWARDED_TOKEN = "tok-forwarded";

    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Set<String> checkedIn = ConcurrentHashMap.newKeySet();
    private final Set<String> seated = ConcurrentHashMap.newKeySet();
    private final Set<String> cancelledEvents = ConcurrentHashMap.newKeySet();
    private final List<JsonObject> addedSessions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<JsonObject> invitations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Object answer(HttpServerRequest req, String body) {
        Object desk = desk(req, body);
        if (desk != null) {
            return desk;
        }
        if (!req.method().name().equals("GET")) {
            return write(req, new JsonObject(body.startsWith("{") ? body : "{}"));
        }
        String path = req.path();
        if (path.matches("/api/v1/events/ev-[23]/(registrations|waitlist|sessions|invitations)")) {
            return new JsonArray();
        }
        return switch (path) {
            case "/q/openapi" -> FakeUpstreams.openApi("/api/v1/events",
                    new JsonObject().put("detail", new JsonObject().put("type", "string")), new JsonObject());
            // like the real service, a signed-in member sees more than an anonymous reader; ev-3 is listed
            // as for its invitee (pages under @TestSecurity call without a token)
            case "/api/v1/events" -> req.getHeader("Authorization") == null ? new JsonArray().add(event("ev-1")).add(event("ev-3"))
                    : new JsonArray().add(event("ev-1")).add(event("ev-2")).add(event("ev-3"));
            case "/api/v1/working-groups" -> "ev-1".equals(req.getParam("eventId"))
                    ? new JsonArray().add(new JsonObject().put("id", "wg-water").put("eventId", "ev-1").put("name", "Water and sanitation"))
                    : new JsonArray();
            case "/api/v1/events/broken" -> 500;
            // an id that is not a UUID: the real service's 400 naming the path parameter
            case "/api/v1/events/not-a-uuid" -> FakeUpstreams.Reply.refusal(400, "id", "must be a UUID");
            case "/api/v1/events/ev-hidden" -> 404;
            case "/api/v1/events/ev-1", "/api/v1/events/ev-2", "/api/v1/events/ev-3" -> event(path.substring(path.lastIndexOf('/') + 1));
            case "/api/v1/registrations" -> mine(req.params().getAll("status"), req.getParam("eventId"));
            case "/api/v1/registrations/reg-1" -> registration("reg-1", "ev-1", cancelled.contains("reg-1") ? "cancelled" : "confirmed");
            case "/api/v1/registrations/reg-4" -> registration("reg-4", "ev-2", accepted.contains("reg-4") ? "confirmed" : "offered")
                    .put("offerExpiresAt", accepted.contains("reg-4") ? null : "2026-04-20T10:00:00Z");
            case "/api/v1/registrations/reg-8" -> registration("reg-8", "ev-1", "confirmed");
            case "/api/v1/registrations/reg-5" -> registration("reg-5", "ev-1", "waitlisted").put("waitlistRank", 2)
                    .put("delegation", new JsonArray() // in protocol order, as the service answers
                            .add(new JsonObject().put("name", "The Minister").put("role", "head").put("title", "Minister <MEA>"))
                            .add(new JsonObject().put("name", "Ann Adviser").put("role", "member")));
            case "/api/v1/registrations/reg-1/invite.ics" -> new FakeUpstreams.Reply(200, "text/calendar",
                    "BEGIN:VCALENDAR\r\nUID:registration-reg-1@events.iccsp.org\r\nEND:VCALENDAR\r\n");
            case "/api/v1/registrations/reg-1/letter.pdf" -> new FakeUpstreams.Reply(200, "application/pdf", "%PDF-1.4 letter of reg-1");
            case "/api/v1/registrations/reg-5/letter.pdf" -> 409;
            case "/api/v1/registrations/not-a-uuid/letter.pdf", "/api/v1/registrations/not-a-uuid/invite.ics" ->
                    FakeUpstreams.Reply.refusal(400, "id", "must be a UUID");
            case "/api/v1/events/ev-1/sessions" -> sessions();
            case "/api/v1/events/ev-1/registrations" -> new JsonArray()
                    .add(new JsonObject().put("id", "reg-2").put("name", "Bob <B>").put("status", "requested").put("places", 1))
                    .add(new JsonObject().put("id", "reg-1").put("name", "Alice").put("status", "confirmed").put("places", 1));
            case "/api/v1/events/ev-1/waitlist" -> new JsonArray()
                    .add(new JsonObject().put("id", "reg-3").put("name", "Carol").put("status", "waitlisted")
                            .put("places", 3).put("waitlistRank", 1));
            case "/api/v1/events/ev-1/invitations" -> new JsonArray(List.copyOf(invitations));
            case "/api/v1/events/ev-1/sessions/s-1/participants" -> new JsonArray()
                    .add(new JsonObject().put("registrationId", "reg-1").put("name", "Alice").put("organizationId", "org-1")
                            .put("checkedInAt", checkedIn.contains("reg-1") ? "2026-05-04T07:55:00Z" : null));
            default -> null;
        };
    }

    private JsonObject event(String id) {
        JsonObject event = new JsonObject().put("id", id).put("title", "Leaders' Convening")
                .put("kind", "convening").put("venue", "Rome").put("timeZone", "Europe/Rome")
                .put("startsAt", EVENT_START).put("endsAt", "2026-05-05T17:00:00")
                .put("startsAtUtc", "2026-05-04T07:00:00Z").put("endsAtUtc", "2026-05-05T15:00:00Z")
                .put("capacity", 25).put("placesLeft", 4).put("status", cancelledEvents.contains(id) ? "cancelled" : "scheduled")
                .put("visibility", "public");
        return switch (id) {
            case "ev-2" -> event.put("title", "Members briefing").put("visibility", "members-only");
            case "ev-3" -> event.put("title", "Leaders' circle <25>").put("visibility", "invitation-only")
                    .put("parity", new JsonObject().put("groups", new JsonArray().add("IL").add("PS")).put("tolerance", 1));
            default -> event;
        };
    }

    private JsonArray sessions() {
        JsonArray sessions = new JsonArray()
                .add(session("Closing plenary", "2026-05-05T15:00:00", "2026-05-05T17:00:00").put("id", "s-2").put("placesLeft", 0))
                .add(session("Opening circle", EVENT_START, "2026-05-04T10:30:00").put("id", "s-1"));
        addedSessions.forEach(sessions::add);
        return sessions;
    }

    /** The caller's registrations with their events, upcoming first, as GET /api/v1/registrations answers. */
    private JsonObject mine(List<String> statuses, String eventId) {
        JsonArray items = new JsonArray();
        for (JsonObject registration : List.of(
                registration("reg-4", "ev-2", accepted.contains("reg-4") ? "confirmed" : "offered")
                        .put("offerExpiresAt", accepted.contains("reg-4") ? null : "2026-04-20T10:00:00Z"),
                registration("reg-1", "ev-1", cancelled.contains("reg-1") ? "cancelled" : "confirmed"),
                registration("reg-5", "ev-1", "waitlisted").put("waitlistRank", 2))) {
            if ((statuses.isEmpty() || statuses.contains(registration.getString("status")))
                    && (eventId == null || eventId.equals(registration.getString("eventId")))) {
                JsonObject event = event(registration.getString("eventId"));
                items.add(registration.put("eventTitle", event.getString("title")).put("eventStartsAt", event.getString("startsAt"))
                        .put("eventEndsAt", event.getString("endsAt")).put("eventTimeZone", event.getString("timeZone"))
                        .put("eventVenue", event.getString("venue")).put("eventStatus", event.getString("status")));
            }
        }
        return new JsonObject().put("items", items);
    }

    private static JsonObject registration(String id, String eventId, String status) {
        return new JsonObject().put("id", id).put("eventId", eventId).put("name", "Alice <A.>").put("places", 1)
                .put("status", status);
    }

    private Object write(HttpServerRequest req, JsonObject body) {
        String method = req.method().name();
        String path = req.path();
        if (method.equals("POST") && path.equals("/api/v1/events/ev-1/registrations")) {
            if (body.getString("name") == null || body.getString("name").isBlank()) {
                return FakeUpstreams.Reply.refusal(400, "name", "must not be blank <really>");
            }
            JsonObject delegation = body.getJsonObject("delegation");
            if (delegation != null && delegation.getJsonObject("head").getString("name") == null) {
                return FakeUpstreams.Reply.refusal(400, "delegation.head.name", "must not be blank");
            }
            return FakeUpstreams.Reply.json(201, new JsonObject().put("id", "reg-1").put("status", "confirmed")
                    .put("name", body.getString("name")));
        }
        if (method.equals("POST") && path.equals("/api/v1/events/ev-3/registrations")) {
            return FORWARDED_TOKEN.equals(body.getString("invitationToken"))
                    ? FakeUpstreams.Reply.refusal(403, null, "this invitation was sent to another email address")
                    : "tok-good".equals(body.getString("invitationToken"))
                            ? FakeUpstreams.Reply.json(201, new JsonObject().put("id", "reg-7").put("status", "confirmed"))
                            : FakeUpstreams.Reply.refusal(403, null, "this is not an invitation to event ev-3");
        }
        if (method.equals("POST") && (path.equals("/api/v1/events") || path.equals("/api/v1/events/ev-1/sessions"))
                && !(body.getValue("capacity") instanceof Integer)) {
            return FakeUpstreams.Reply.refusal(400, "capacity", "must be a valid integer (a JSON number without a fraction)");
        }
        if (method.equals("POST") && path.equals("/api/v1/events") && body.getJsonObject("parity") != null
                && !(body.getJsonObject("parity").getValue("tolerance") instanceof Integer)) {
            return FakeUpstreams.Reply.refusal(400, "parity.tolerance", "must be a valid integer (a JSON number without a fraction)");
        }
        if (method.equals("POST") && path.equals("/api/v1/events")) {
            String starts = body.getString("startsAt");
            String ends = body.getString("endsAt");
            return starts != null && ends != null && ends.compareTo(starts) > 0
                    ? FakeUpstreams.Reply.json(201, new JsonObject().put("id", "ev-1"))
                    : FakeUpstreams.Reply.refusal(400, "endsAt", "must be after startsAt");
        }
        if (method.equals("POST") && path.equals("/api/v1/events/ev-1/sessions")) {
            String starts = String.valueOf(body.getString("startsAt"));
            if (starts.compareTo(EVENT_START.substring(0, 16)) < 0) {
                return FakeUpstreams.Reply.refusal(400, "startsAt", "must be within the event");
            }
            JsonObject session = session(body.getString("title"), starts, body.getString("endsAt")).put("id", "s-" + (3 + addedSessions.size()));
            addedSessions.add(session);
            return FakeUpstreams.Reply.json(201, session);
        }
        if (method.equals("POST") && path.equals("/api/v1/events/ev-1/invitations")) {
            String email = body.getString("email", "");
            if (!email.contains("@")) {
                return FakeUpstreams.Reply.refusal(400, "email", "must be a well-formed email address");
            }
            JsonObject invitation = new JsonObject().put("id", "inv-" + invitations.size()).put("eventId", "ev-1")
                    .put("email", email).put("expiresAt", "2026-05-04T07:00:00Z");
            invitations.add(invitation);
            return FakeUpstreams.Reply.json(201, invitation.copy().put("token", "tok-new"));
        }
        if (method.equals("DELETE") && path.equals("/api/v1/events/ev-2")) {
            cancelledEvents.add("ev-2");
            return FakeUpstreams.Reply.json(200, event("ev-2"));
        }
        if (method.equals("POST") && path.equals("/api/v1/registrations/reg-full/decision")) { // the real service's words
            return FakeUpstreams.Reply.refusal(409, null, "event " + EVENT_UUID + " has no place left; waitlist instead");
        }
        if (method.equals("POST") && path.equals("/api/v1/registrations/reg-2/decision")) {
            return "approve".equals(body.getString("decision"))
                    ? FakeUpstreams.Reply.refusal(409, null, "the event is full")
                    : FakeUpstreams.Reply.json(200, new JsonObject().put("id", "reg-2").put("name", "Bob <B>"));
        }
        if (method.equals("POST") && path.equals("/api/v1/events/ev-1/sessions/s-1/participants")) {
            return seated.add("s-1") ? FakeUpstreams.Reply.json(201, new JsonObject().put("registrationId", "reg-8"))
                    : FakeUpstreams.Reply.refusal(409, null, "you already have a place in session " + SESSION_UUID);
        }
        if (method.equals("POST") && path.equals("/api/v1/events/ev-1/sessions/s-2/participants")) {
            return FakeUpstreams.Reply.refusal(403, null, "session s-2 is for government participants");
        }
        if (method.equals("DELETE") && path.equals("/api/v1/events/ev-1/sessions/s-1/participants/reg-8")) {
            return seated.remove("s-1") ? (Object) 204 : FakeUpstreams.Reply.refusal(404, null, "participant reg-8 not found");
        }
        if (method.equals("POST") && path.equals("/api/v1/registrations/reg-4/acceptance")) {
            accepted.add("reg-4");
            return FakeUpstreams.Reply.json(200, new JsonObject().put("id", "reg-4").put("status", "confirmed"));
        }
        if (method.equals("POST") && path.equals("/api/v1/registrations/reg-5/acceptance")) {
            return FakeUpstreams.Reply.refusal(409, null, "no place is offered to registration reg-5");
        }
        if (method.equals("POST") && path.equals("/api/v1/events/ev-1/sessions/s-1/participants/reg-1/check-in")) {
            checkedIn.add("reg-1");
            return FakeUpstreams.Reply.json(200, new JsonObject().put("registrationId", "reg-1").put("name", "Alice"));
        }
        if (method.equals("DELETE") && path.equals("/api/v1/registrations/reg-1")) {
            cancelled.add("reg-1");
            return 204;
        }
        return null;
    }

    // --- issue 18: the state the pages show (the reader's registration for an event, session places, the
    // check-in desk with its search, counts, undo and walk-ins, rejecting, paged lists)
    private final Set<String> deskCheckedIn = ConcurrentHashMap.newKeySet();
    private final List<JsonObject> walkIns = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();

    /** The delegation of GB, confirmed for ev-1, on the second page of its registrations. */
    private JsonObject delegationOfGb() {
        return deskRow(new JsonObject().put("id", "reg-6").put("eventId", "ev-1").put("name", "Head of the GB delegation")
                .put("governmentCode", "GB").put("places", 3).put("status", rejected.contains("reg-6") ? "rejected" : "confirmed")
                .put("delegation", new JsonArray()
                        .add(new JsonObject().put("name", "Head of the GB delegation").put("role", "head").put("title", "Minister"))
                        .add(new JsonObject().put("name", "Grace Adviser").put("role", "member"))
                        .add(new JsonObject().put("name", "Henry <Aide>").put("role", "member"))));
    }

    private JsonObject deskRow(JsonObject registration) {
        return registration.put("checkedInAt", deskCheckedIn.contains(registration.getString("id")) ? "2026-05-04T06:45:00Z" : null);
    }

    private List<JsonObject> registrationsOfEv1() {
        List<JsonObject> all = new java.util.ArrayList<>(List.of(
                deskRow(new JsonObject().put("id", "reg-2").put("eventId", "ev-1").put("name", "Bob <B>").put("status", "requested").put("places", 1)),
                deskRow(new JsonObject().put("id", "reg-1").put("eventId", "ev-1").put("name", "Alice").put("organizationId", "org-1")
                        .put("status", rejected.contains("reg-1") ? "rejected" : "confirmed").put("places", 1)),
                delegationOfGb()));
        walkIns.forEach(w -> all.add(deskRow(w.copy())));
        return all;
    }

    private Object desk(HttpServerRequest req, String body) {
        String method = req.method().name();
        String path = req.path();
        if (method.equals("GET") && path.equals("/api/v1/events/ev-1/registrations")) {
            String q = req.getParam("q");
            List<String> statuses = req.params().getAll("status");
            List<JsonObject> found = registrationsOfEv1().stream()
                    .filter(r -> statuses.isEmpty() || statuses.contains(r.getString("status")))
                    .filter(r -> q == null || (r.encode().toLowerCase(java.util.Locale.ROOT)).contains(q.toLowerCase(java.util.Locale.ROOT)))
                    .toList();
            boolean second = "c2".equals(req.getParam("cursor"));
            if (req.getParam("cursor") != null && !second) {
                return FakeUpstreams.Reply.refusal(400, "cursor", "is not a cursor of this list");
            }
            // two a page, as if the limit were 2
            List<JsonObject> page = found.subList(second ? Math.min(2, found.size()) : 0, second ? found.size() : Math.min(2, found.size()));
            return new FakeUpstreams.Page(new JsonArray(List.copyOf(page)), !second && found.size() > 2 ? "c2" : null);
        }
        if (method.equals("GET") && path.equals("/api/v1/events/ev-1/sessions")) {
            // the timetable in two pages: the second session only follows the Link
            JsonArray all = sessions();
            boolean second = "c2".equals(req.getParam("cursor"));
            JsonArray page = new JsonArray();
            for (int i = second ? 1 : 0; i < (second ? all.size() : 1); i++) {
                page.add(all.getValue(i));
            }
            return new FakeUpstreams.Page(page, second ? null : "c2");
        }
        if (method.equals("GET") && path.equals("/api/v1/events/ev-1/attendance")) {
            int expected = 0;
            int checked = 0;
            for (JsonObject r : registrationsOfEv1()) {
                if ("confirmed".equals(r.getString("status"))) {
                    expected += r.getInteger("places");
                    checked += r.getValue("checkedInAt") == null ? 0 : r.getInteger("places");
                }
            }
            return new JsonObject().put("expectedPeople", expected).put("checkedInPeople", checked);
        }
        if (method.equals("GET") && path.matches("/api/v1/registrations/reg-[1268]/places")) {
            return path.contains("reg-8") && seated.contains("s-1")
                    ? new JsonArray().add(new JsonObject().put("sessionId", "s-1").put("joinedAt", "2026-04-01T10:00:00Z"))
                    : new JsonArray();
        }
        if (method.equals("GET") && path.equals("/api/v1/registrations/reg-2")) {
            return registrationsOfEv1().get(0);
        }
        if (method.equals("GET") && path.equals("/api/v1/registrations/reg-6")) {
            return delegationOfGb();
        }
        if (method.equals("GET") && path.startsWith("/api/v1/registrations/reg-w")) {
            return walkIns.stream().filter(w -> path.endsWith("/" + w.getString("id"))).findFirst().map(this::deskRow)
                    .map(Object.class::cast).orElse(404);
        }
        if (path.matches("/api/v1/registrations/reg-[16w][0-9]*/check-in")) {
            String id = path.split("/")[4];
            JsonObject r = registrationsOfEv1().stream().filter(x -> id.equals(x.getString("id"))).findFirst().orElseThrow();
            boolean in = deskCheckedIn.contains(id);
            if (method.equals("POST") == in) {
                return FakeUpstreams.Reply.refusal(409, null, in ? "registration " + id + " was already checked in at 2026-05-04T06:45:00Z"
                        : "registration " + id + " is not checked in");
            }
            if (in) {
                deskCheckedIn.remove(id);
            } else {
                deskCheckedIn.add(id);
            }
            return FakeUpstreams.Reply.json(200, deskRow(r.copy()));
        }
        if (method.equals("POST") && path.equals("/api/v1/events/ev-1/walk-ins")) {
            JsonObject walkIn = new JsonObject(body);
            String name = walkIn.getString("name", "");
            if (name.isBlank()) {
                return FakeUpstreams.Reply.refusal(400, "name", "must not be blank");
            }
            if (name.equals("One Too Many")) {
                return FakeUpstreams.Reply.refusal(409, null, "event ev-1 has no place left");
            }
            JsonObject created = new JsonObject().put("id", "reg-w" + (walkIns.size() + 1)).put("eventId", "ev-1").put("name", name)
                    .put("affiliation", walkIn.getString("affiliation")).put("email", walkIn.getString("email"))
                    .put("status", "confirmed").put("places", 1).put("walkIn", true);
            walkIns.add(created);
            deskCheckedIn.add(created.getString("id"));
            return FakeUpstreams.Reply.json(201, deskRow(created.copy()));
        }
        if (method.equals("POST") && path.matches("/api/v1/registrations/reg-[16]/decision")
                && "reject".equals(new JsonObject(body).getString("decision"))) {
            String id = path.split("/")[4];
            if (!rejected.add(id)) {
                return FakeUpstreams.Reply.refusal(409, null, "registration " + id + " is rejected");
            }
            return FakeUpstreams.Reply.json(200, new JsonObject().put("id", id).put("status", "rejected"));
        }
        return null;
    }

    private static JsonObject session(String title, String startsAt, String endsAt) {
        return new JsonObject().put("title", title).put("kind", "session").put("audience", "mixed")
                .put("room", "Sala A").put("startsAt", startsAt).put("endsAt", endsAt).put("capacity", 25);
    }
}
