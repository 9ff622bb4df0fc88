package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;
import static org.iccsp.e2e.Callers.ADMIN;
import static org.iccsp.e2e.Callers.CSO_A;
import static org.iccsp.e2e.Callers.CSO_B;
import static org.iccsp.e2e.Callers.GOV_FR;
import static org.iccsp.e2e.Callers.GOV_GB;
import static org.iccsp.e2e.Callers.ORGANISER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the access matrix's placeholders name, made once per test JVM through the API by the
 * people who would make it (alice registers org-0001, gov-gb drafts its pledge, ...). {@code new.*}
 * fixtures are made afresh for every use. Made to be tolerant of a stack other tests already used:
 * an organisation that exists is taken as it is and brought to the state the matrix assumes.
 */
final class SecurityFixtures {
    static final String ORG_A = "org-0001";
    static final String ORG_B = "org-0002";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9.]+)}");
    private static final AtomicReference<SecurityFixtures> SHARED = new AtomicReference<>();

    private final Map<String, String> values = new ConcurrentHashMap<>();
    /** Fixtures that wait for an event to travel through Kafka: made in the background, awaited on first use. */
    private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final Map<String, Supplier<Map<String, String>>> fresh = new HashMap<>();
    private final Map<String, Map<String, String>> spares = new ConcurrentHashMap<>();

    private SecurityFixtures() {
    }

    static synchronized SecurityFixtures get() {
        if (SHARED.get() == null) {
            SecurityFixtures fixtures = new SecurityFixtures();
            fixtures.create();
            SHARED.set(fixtures);
        }
        return SHARED.get();
    }

    String value(String name) {
        CompletableFuture<String> later = pending.get(name);
        String value = later != null ? later.join() : values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no fixture {" + name + "}: SecurityFixtures knows " + values.keySet()
                    + ", " + pending.keySet() + " and new." + fresh.keySet());
        }
        return value;
    }

    /**
     * Replaces every {placeholder} of a request line or body: {name} from the fixtures, {new.name.part}
     * from one fresh fixture per call of this method, {uniq} with a random token.
     */
    String resolve(String text) {
        return resolve(text, false);
    }

    /**
     * With {@code spare}, a {new.name} is one instance made once and shared: for callers whose token
     * is refused before any resource is touched (if it were not, the spare's change shows as a failure).
     */
    String resolve(String text, boolean spare) {
        Map<String, Map<String, String>> made = new HashMap<>();
        String uniq = UUID.randomUUID().toString().substring(0, 8);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("uniq")) {
                value = uniq;
            } else if (name.startsWith("new.")) {
                String[] parts = name.split("\\.", 3);
                Supplier<Map<String, String>> factory = fresh.get(parts[1]);
                if (factory == null) {
                    throw new IllegalArgumentException("no fresh fixture {" + name + "}: SecurityFixtures makes new." + fresh.keySet());
                }
                Map<String, String> instance = spare ? spares.computeIfAbsent(parts[1], k -> factory.get())
                        : made.computeIfAbsent(parts[1], k -> factory.get());
                value = instance.get(parts.length == 3 ? parts[2] : "id");
            } else {
                value = value(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void create() {
        directory();
        pledges();
        events();
        notifications();
    }

    // ---- directory: org-0001 listed publicly, org-0002 verified but unlisted, a project of each -------

    private void directory() {
        organisation(CSO_A, ORG_A, "Alice Peace Network", true);
        organisation(CSO_B, ORG_B, "Bashir Dialogue Centre", false);
        values.put("orgA", ORG_A);
        values.put("orgB", ORG_B);
        values.put("projectA", project(CSO_A, ORG_A));
        values.put("projectB", project(CSO_B, ORG_B));
        // deactivation and erasure change what they touch: a fresh organisation (an admin's, listed) or project of orgA
        fresh.put("organization", () -> Map.of("id", Api.expect(ADMIN, "POST", "/api/v1/organizations", """
                {"legalName": "Lifecycle %s", "type": "ngo", "country": "PS", "contactEmail": "lifecycle@example.org",
                 "sectors": ["education"], "publicListing": true}""".formatted(UUID.randomUUID()), 201).get("id").asText()));
        fresh.put("projectA", () -> Map.of("id", project(CSO_A, ORG_A)));
        // the open data (HSDS 3.0) names them by name-based UUIDs (docs/adr/0015)
        values.put("hsdsOrgA", hsdsId("organization", ORG_A));
        values.put("hsdsOrgB", hsdsId("organization", ORG_B));
        values.put("hsdsProjectA", hsdsId("project", values.get("projectA")));
    }

    /** The HSDS id of a directory organisation or project: UUID.nameUUIDFromBytes("iccsp:<kind>:<id>"). */
    static String hsdsId(String kind, String id) {
        return UUID.nameUUIDFromBytes(("iccsp:" + kind + ":" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static void organisation(Callers owner, String id, String name, boolean listed) {
        Api.expect(owner, "POST", "/api/v1/organizations", """
                {"legalName": "%s", "type": "ngo", "country": "PS", "contactEmail": "%s",
                 "sectors": ["education"], "publicListing": %s}""".formatted(name, owner.email(), listed), 201, 409);
        Api.expect(ADMIN, "POST", "/api/v1/organizations/" + id + "/verification", "{\"decision\": \"verify\"}", 200, 409);
        Api.expect(ADMIN, "PATCH", "/api/v1/organizations/" + id, "{\"publicListing\": " + listed + "}", 200);
    }

    private static String project(Callers owner, String organisation) {
        return Api.expect(owner, "POST", "/api/v1/organizations/" + organisation + "/projects", """
                {"title": "Shared classrooms %s", "sectors": ["education"], "status": "active"}"""
                .formatted(UUID.randomUUID()), 201).get("id").asText();
    }

    // ---- pledges: GB's draft and announced pledges, FR's pledge sealed under an embargo, a prospective member

    private void pledges() {
        values.put("embargoSeal", embargo());
        values.put("pledgeDraftGB", pledge(GOV_GB));
        String announced = pledge(GOV_GB);
        transition(GOV_GB, announced, "{\"action\": \"submit\"}");
        transition(GOV_GB, announced, "{\"action\": \"announce\"}");
        values.put("pledgeAnnouncedGB", announced);
        String sealed = pledge(GOV_FR);
        transition(GOV_FR, sealed, "{\"action\": \"submit\", \"embargoId\": \"" + values.get("embargoSeal") + "\"}");
        values.put("pledgeSealedFR", sealed);
        String code = unusedMemberCode();
        Api.expect(ADMIN, "POST", "/api/v1/members", """
                {"code": "%s", "name": "Prospective member %s", "bloc": "other", "status": "prospective"}"""
                .formatted(code, code), 201);
        values.put("memberProspective", code);
        fresh.put("embargo", () -> Map.of("id", embargo()));
        fresh.put("memberCode", () -> Map.of("id", unusedMemberCode()));
        // a pending announcement holding GB's pledge sealed under its own embargo: gov-gb and admins know of it
        String announcementEmbargo = embargo();
        String sealedGB = pledge(GOV_GB);
        transition(GOV_GB, sealedGB, "{\"action\": \"submit\", \"embargoId\": \"" + announcementEmbargo + "\"}");
        values.put("pledgeSealedForAnnouncementGB", sealedGB);
        values.put("announcementGB", announcement("[\"" + announcementEmbargo + "\"]"));
        fresh.put("announcement", () -> Map.of("id", announcement("[]")));
    }

    /** A draft announcement (an admin's) releasing the embargoes {@code embargoIds} (a JSON array). */
    static String announcement(String embargoIds) {
        return Api.expect(ADMIN, "POST", "/api/v1/announcements", """
                {"texts": {"en": {"title": "Security communique", "body": "Released together."}},
                 "authoritativeLanguage": "en", "trigger": "security-%s", "embargoIds": %s}"""
                .formatted(UUID.randomUUID(), embargoIds), 201).get("id").asText();
    }

    static String embargo() {
        return Api.expect(ADMIN, "POST", "/api/v1/embargoes", "{\"name\": \"security-" + UUID.randomUUID() + "\"}", 201)
                .get("id").asText();
    }

    /** A draft of the caller's own government, in its own currency. */
    static String pledge(Callers government) {
        String currency = government == GOV_GB ? "GBP" : "EUR";
        return Api.expect(government, "POST", "/api/v1/pledges", """
                {"amount": "125000", "currency": "%s", "valueDate": "2025-06-02", "verticals": ["education"],
                 "target": {"kind": "common-resource", "ref": "research-and-mapping"}, "newMoney": true}"""
                .formatted(currency), 201).get("id").asText();
    }

    static JsonNode transition(Callers who, String pledge, String json) {
        return Api.expect(who, "POST", "/api/v1/pledges/" + pledge + "/transitions", json, 200);
    }

    /** An ISO country no member has yet (members are registered once; the matrix registers one per run). */
    private static synchronized String unusedMemberCode() {
        Set<String> taken = new HashSet<>();
        Api.get(ADMIN, "/api/v1/members?limit=500").forEach(m -> taken.add(m.get("code").asText())); // all: < 300 codes
        for (String code : Locale.getISOCountries()) {
            if (!taken.contains(code) && !code.equals("GB") && !code.equals("FR")) {
                return code;
            }
        }
        throw new IllegalStateException("every ISO country is a member already");
    }

    // ---- events: public, members-only and invitation-only events, sessions, alice's registration, a group

    private void events() {
        String eventPublic = event("public");
        values.put("eventPublic", eventPublic);
        values.put("eventMembers", event("members-only"));
        values.put("eventInvitation", event("invitation-only"));
        values.put("eventOpen", event("public"));
        values.put("sessionPublic", session(eventPublic));
        values.put("sessionOpen", session(eventPublic));
        values.put("sessionMembers", session(values.get("eventMembers")));
        String alice = register(CSO_A, eventPublic);
        values.put("regAlice", alice);
        Api.expect(CSO_A, "POST", "/api/v1/events/" + eventPublic + "/sessions/" + values.get("sessionPublic") + "/participants",
                null, 201);
        String group = Api.expect(ORGANISER, "POST", "/api/v1/working-groups",
                "{\"eventId\": \"" + eventPublic + "\", \"name\": \"Shared principles group\"}", 201).get("id").asText();
        Api.expect(ORGANISER, "POST", "/api/v1/working-groups/" + group + "/members", "{\"registrationId\": \"" + alice + "\"}", 200);
        Api.expect(ORGANISER, "PUT", "/api/v1/working-groups/" + group + "/chair", "{\"registrationId\": \"" + alice + "\"}", 200);
        values.put("groupPublic", group);
        values.put("groupMembers", Api.expect(ORGANISER, "POST", "/api/v1/working-groups",
                "{\"eventId\": \"" + values.get("eventMembers") + "\", \"name\": \"Members group\"}", 201).get("id").asText());

        String eventInvitation = values.get("eventInvitation");
        values.put("invitation", invite(eventInvitation).get("id"));
        fresh.put("invitation", () -> invite(eventInvitation));
        // alice's personal calendar links: one live, one revoked, and a fresh one for each revocation
        values.put("feedTokenAlice", Api.expect(CSO_A, "POST", "/api/v1/feeds/registrations/tokens", null, 201)
                .get("token").asText());
        JsonNode revoked = Api.expect(CSO_A, "POST", "/api/v1/feeds/registrations/tokens", null, 201);
        Api.expect(CSO_A, "DELETE", "/api/v1/feeds/registrations/tokens/" + revoked.get("id").asText(), null, 204);
        values.put("feedTokenRevoked", revoked.get("token").asText());
        fresh.put("feedTokenAlice", () -> Map.of("id", Api.expect(CSO_A, "POST", "/api/v1/feeds/registrations/tokens",
                null, 201).get("id").asText()));
        fresh.put("event", () -> Map.of("id", event("public")));
        fresh.put("registration", () -> Map.of("id", register(CSO_A, event("public"))));
        fresh.put("session", () -> {
            String event = event("public");
            return Map.of("event", event, "session", session(event));
        });
        fresh.put("place", () -> {
            String event = event("public");
            String session = session(event);
            String registration = register(CSO_A, event);
            Api.expect(CSO_A, "POST", "/api/v1/events/" + event + "/sessions/" + session + "/participants", null, 201);
            return Map.of("event", event, "session", session, "registration", registration);
        });
        fresh.put("groupMember", () -> {
            String freshGroup = Api.expect(ORGANISER, "POST", "/api/v1/working-groups",
                    "{\"eventId\": \"" + eventPublic + "\", \"name\": \"Group " + UUID.randomUUID() + "\"}", 201).get("id").asText();
            Api.expect(ORGANISER, "POST", "/api/v1/working-groups/" + freshGroup + "/members",
                    "{\"registrationId\": \"" + alice + "\"}", 200);
            return Map.of("group", freshGroup, "registration", alice);
        });
    }

    /** An invitation to the event, for a fresh address: its id and (once) its token. */
    static Map<String, String> invite(String event) {
        JsonNode invitation = Api.expect(ORGANISER, "POST", "/api/v1/events/" + event + "/invitations",
                "{\"email\": \"invitee-" + UUID.randomUUID() + "@example.org\"}", 201);
        return Map.of("id", invitation.get("id").asText(), "token", invitation.get("token").asText());
    }

    static String event(String visibility) {
        return Api.expect(ORGANISER, "POST", "/api/v1/events", """
                {"title": "Security convening %s", "kind": "convening", "venue": "Jericho", "timeZone": "Asia/Hebron",
                 "startsAt": "2030-03-10T09:00:00", "endsAt": "2030-03-10T17:00:00", "visibility": "%s", "capacity": 200}"""
                .formatted(UUID.randomUUID(), visibility), 201).get("id").asText();
    }

    private static String session(String event) {
        return Api.expect(ORGANISER, "POST", "/api/v1/events/" + event + "/sessions", """
                {"title": "Working session", "kind": "session", "audience": "mixed", "room": "A",
                 "startsAt": "2030-03-10T10:00:00", "endsAt": "2030-03-10T11:00:00", "capacity": 50}""", 201)
                .get("id").asText();
    }

    static String register(Callers who, String event) {
        return Api.expect(who, "POST", "/api/v1/events/" + event + "/registrations", "{\"name\": \"" + who.user + "\"}", 201)
                .get("id").asText();
    }

    // ---- notifications: gov-gb's webhook, alice's in-app notice (her organisation's verification), an email

    private void notifications() {
        values.put("webhookGB", webhook(GOV_GB));
        fresh.put("webhookGB", () -> Map.of("id", webhook(GOV_GB)));
        pending.put("noticeAlice", CompletableFuture.supplyAsync(() ->
                firstId(CSO_A, "/api/v1/notifications", "an in-app notice for cso-alice")));
        pending.put("deliveryEmail", CompletableFuture.supplyAsync(() ->
                firstId(ADMIN, "/api/v1/deliveries?channel=email&status=sent", "an email sent")));
        // gov-gb's webhook that a public event reaches, then disabled by its owner: its delivery ends failed
        // (given up: endpoint disabled) and cannot be replayed or recovered until it is enabled again
        String off = webhook(GOV_GB);
        values.put("webhookGBOff", off);
        event("public");
        pending.put("deliveryWebhookGB", CompletableFuture.supplyAsync(() -> {
            String delivery = firstId(GOV_GB, "/api/v1/deliveries?webhook=" + off, "a delivery to gov-gb's webhook");
            String tag = Http.call("GET", LocalStack.GATEWAY + "/api/v1/webhooks/" + off, GOV_GB.token(), null, null)
                    .headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("ETag"))
                    .map(e -> e.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no ETag on a webhook"));
            Http.Reply disabled = Http.call("PUT", LocalStack.GATEWAY + "/api/v1/webhooks/" + off, GOV_GB.token(),
                    "application/json", "{\"url\": \"http://127.0.0.1:9/security-off\", \"categories\": [\"events\"], \"active\": false}"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8), "If-Match", tag);
            if (disabled.status() != 200) {
                throw new AssertionError("disabling gov-gb's webhook: " + disabled.status() + " " + disabled.body());
            }
            firstId(GOV_GB, "/api/v1/deliveries?webhook=" + off + "&status=failed", "the delivery given up");
            return delivery;
        }));
    }

    /** The id of the first item the listing shows, once it shows one. */
    private static String firstId(Callers who, String listing, String what) {
        AtomicReference<String> id = new AtomicReference<>();
        await(what).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Api.get(who, listing).forEach(item -> id.compareAndSet(null, item.get("id").asText()));
            return id.get() != null;
        });
        return id.get();
    }

    /** Points at a closed local port: the matrix never needs the delivery to succeed. */
    private static String webhook(Callers owner) {
        return Api.expect(owner, "POST", "/api/v1/webhooks",
                "{\"url\": \"http://127.0.0.1:9/security-" + UUID.randomUUID() + "\", \"categories\": [\"events\"]}", 201)
                .get("id").asText();
    }
}
