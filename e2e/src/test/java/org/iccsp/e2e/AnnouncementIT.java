package org.iccsp.e2e;

import static org.iccsp.e2e.Callers.ADMIN;
import static org.iccsp.e2e.Callers.ADMIN_DANA;
import static org.iccsp.e2e.Callers.ANONYMOUS;
import static org.iccsp.e2e.Callers.CSO_A;
import static org.iccsp.e2e.Callers.CSO_B;
import static org.iccsp.e2e.Callers.GOV_FR;
import static org.iccsp.e2e.Callers.GOV_GB;
import static org.iccsp.e2e.Callers.ORGANISER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 19, announcement day on the real stack: a joint pledge of GB and an Arab League state that joined
 * confidentially, and a French pledge, both sealed under one embargo; the Arab League state's reveal; a communiqué
 * in English, French, Arabic and Hebrew. Before release nothing of it is on any channel an outsider reaches (the API
 * as every other caller, public totals, pages in four languages, the Atom feed, Kafka, metrics), and the governments
 * in it see only their own part. Two different admins must approve the same version (each refusal a clear 4xx that
 * changes nothing); the trigger releases it once; then every part is public.
 */
@RealStack
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnouncementIT {
    private static final String UNIQ = UUID.randomUUID().toString().substring(0, 8);
    private static final String TRIGGER = "ceasefire-announced-" + UNIQ;
    private static final String MEMBER_NAME = "Quiet Arab League state " + UNIQ;
    private static final String EN_TITLE = "Communique " + UNIQ + ": the consortium grows";
    private static final String FR_TITLE = "Communiqué " + UNIQ + " : le consortium s'agrandit";
    private static final String AR_TITLE = "بيان " + UNIQ + ": الاتحاد يتوسع";
    private static final String HE_TITLE = "הודעה " + UNIQ + ": הקונסורציום גדל";
    private static final String SECRET_WORD = "zqcommunique" + UNIQ.replaceAll("[^a-z]", "x");
    // amounts no other pledge has, so that no honest figure shows them by chance
    private static final String JOINT_GB_USD = "613579.24";
    private static final String JOINT_ARAB_USD = "386420.76";
    private static final String FR_USD = "271828.18";
    private static final List<Callers> OUTSIDERS = List.of(ANONYMOUS, CSO_A, CSO_B, ORGANISER);
    private static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");

    private static String arabCode;
    private static String embargo;
    private static String jointPledge;
    private static String frenchPledge;
    private static String announcement;
    private static final Map<Callers, String> totalsBefore = new HashMap<>();

    @BeforeAll
    static void prepareTheParts() {
        arabCode = SecurityFixtures.get().resolve("{new.memberCode}");
        Api.expect(ADMIN, "POST", "/api/v1/members", """
                {"code": "%s", "name": "%s", "bloc": "Arab League", "status": "confidential"}"""
                .formatted(arabCode, MEMBER_NAME), 201);
        for (Callers who : List.of(ANONYMOUS, CSO_A, GOV_GB, GOV_FR, ORGANISER)) {
            totalsBefore.put(who, Api.get(who, "/api/v1/funding/summary?groupBy=member&currency=USD").toString());
        }
        embargo = Api.expect(ADMIN, "POST", "/api/v1/embargoes", "{\"name\": \"announcement-" + UNIQ + "\"}", 201)
                .get("id").asText();
        jointPledge = Api.expect(ADMIN, "POST", "/api/v1/pledges", """
                {"memberCode": "GB", "amount": "%s", "currency": "USD", "valueDate": "2025-06-02",
                 "verticals": ["education"], "target": {"kind": "common-resource", "ref": "research-and-mapping"},
                 "newMoney": true, "jointLabel": "Shared classrooms %s",
                 "shares": [{"memberCode": "GB", "amount": "%s", "currency": "USD"},
                            {"memberCode": "%s", "amount": "%s", "currency": "USD"}]}"""
                .formatted(new BigDecimal(JOINT_GB_USD).add(new BigDecimal(JOINT_ARAB_USD)), UNIQ, JOINT_GB_USD,
                        arabCode, JOINT_ARAB_USD), 201).get("id").asText();
        SecurityFixtures.transition(ADMIN, jointPledge, "{\"action\": \"submit\", \"embargoId\": \"" + embargo + "\"}");
        frenchPledge = Api.expect(GOV_FR, "POST", "/api/v1/pledges", """
                {"amount": "%s", "currency": "USD", "valueDate": "2025-06-02", "verticals": ["health"],
                 "target": {"kind": "common-resource", "ref": "research-and-mapping"}, "newMoney": true}"""
                .formatted(FR_USD), 201).get("id").asText();
        SecurityFixtures.transition(GOV_FR, frenchPledge, "{\"action\": \"submit\", \"embargoId\": \"" + embargo + "\"}");
    }

    private static String body(String embargoes, String members) {
        return """
                {"texts": {"en": {"title": "%s", "body": "The consortium welcomes a new member. %s"},
                           "fr": {"title": "%s", "body": "Le consortium accueille un nouveau membre. %s"},
                           "ar": {"title": "%s", "body": "يرحب الاتحاد بعضو جديد. %s"},
                           "he": {"title": "%s", "body": "הקונסורציום מקדם בברכה חבר חדש. %s"}},
                 "authoritativeLanguage": "en", "trigger": "%s", "embargoIds": %s, "memberCodes": %s}"""
                .formatted(EN_TITLE, SECRET_WORD, FR_TITLE, SECRET_WORD, AR_TITLE, SECRET_WORD, HE_TITLE, SECRET_WORD,
                        TRIGGER, embargoes, members);
    }

    private static Http.Reply step(Callers who, String id, String action, String ifMatch) {
        String json = "{\"action\": \"" + action + "\", \"reason\": \"the scenario withdraws it\"}";
        return ifMatch == null ? Api.call(who, "POST", "/api/v1/announcements/" + id + "/transitions", json)
                : Http.call("POST", LocalStack.GATEWAY + "/api/v1/announcements/" + id + "/transitions", who.token(),
                        "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "If-Match", ifMatch);
    }

    private static String etag(Callers who, String id) {
        Http.Reply reply = Api.call(who, "GET", "/api/v1/announcements/" + id, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("ETag"))
                .flatMap(e -> e.getValue().stream()).findFirst().orElseThrow();
    }

    private static void refused(Http.Reply reply, int status, String what) {
        assertEquals(status, reply.status(), what + ": " + reply.body());
        assertTrue(reply.contentType().contains("problem+json"), what + ": a problem document, " + reply.contentType());
    }

    /** What the admin sees of it: the witness that a refusal changed nothing. */
    private static String state() {
        JsonNode a = Api.get(ADMIN, "/api/v1/announcements/" + announcement);
        return a.get("status").asText() + " " + a.get("revision").asInt() + " " + a.get("approvals").toString();
    }

    @Test
    @Order(1)
    void carolDraftsItAndEveryPartThatIsNotHersToTakeIsRefused() {
        JsonNode drafted = Api.expect(ADMIN, "POST", "/api/v1/announcements",
                body("[\"" + embargo + "\"]", "[\"" + arabCode + "\"]"), 201);
        announcement = drafted.get("id").asText();
        assertEquals("draft", drafted.get("status").asText());
        assertEquals(2, drafted.get("pledges").size());
        int before = Api.get(ADMIN, "/api/v1/announcements?limit=500").size();
        String state = state();
        // a member that is not confidential, a member or an embargo that belongs to this announcement
        Http.Reply announced = Api.call(ADMIN, "POST", "/api/v1/announcements", body("[]", "[\"GB\"]"));
        refused(announced, 422, "an announced member is not revealed");
        assertTrue(announced.body().contains("memberCodes[0]"), announced.body());
        refused(Api.call(ADMIN, "POST", "/api/v1/announcements", body("[]", "[\"" + arabCode + "\"]")), 422,
                "a member another announcement reveals");
        refused(Api.call(ADMIN, "POST", "/api/v1/announcements", body("[\"" + embargo + "\"]", "[]")), 422,
                "an embargo another announcement releases");
        refused(Api.call(GOV_GB, "POST", "/api/v1/announcements", body("[]", "[]")), 403, "a government prepares none");
        // the embargo is the announcement's: released with it, not by itself
        refused(Api.call(ADMIN, "POST", "/api/v1/embargoes/" + embargo + "/release", null), 409, "the embargo alone");
        assertEquals("sealed", Api.get(ADMIN, "/api/v1/embargoes/" + embargo).get("status").asText());
        assertEquals(before, Api.get(ADMIN, "/api/v1/announcements?limit=500").size(), "nothing written");
        assertEquals(state, state(), "nothing changed");
    }

    @Test
    @Order(2)
    void theGovernmentsInItSeeTheirOwnPartOnly() {
        JsonNode gb = Api.get(GOV_GB, "/api/v1/announcements/" + announcement);
        assertEquals(List.of(jointPledge), ids(gb.at("/yourPart/pledgeIds")));
        assertFalse(gb.at("/yourPart/membership").asBoolean());
        assertEquals(TRIGGER, gb.get("trigger").asText());
        JsonNode fr = Api.get(GOV_FR, "/api/v1/announcements/" + announcement);
        assertEquals(List.of(frenchPledge), ids(fr.at("/yourPart/pledgeIds")));
        for (JsonNode part : List.of(gb, fr)) {
            for (String hidden : List.of("texts", "pledges", "members", "memberCodes", "embargoIds", "totals", "approvals")) {
                assertFalse(part.has(hidden), "a government sees its own part only, not " + hidden + ": " + part);
            }
            assertFalse(part.toString().contains(arabCode), "nor the confidential member: " + part);
        }
        assertFalse(gb.toString().contains(frenchPledge), "nor another government's pledge");
        assertFalse(fr.toString().contains(jointPledge), "nor another government's pledge");
    }

    @Test
    @Order(3)
    void nobodyElseFindsAnyPartOfItOnAnyChannel() {
        assertNothingOutside("before the approvals");
    }

    @Test
    @Order(4)
    void twoDifferentAdminsMustApproveTheSameVersion() {
        String state = state();
        refused(step(ADMIN, announcement, "release", null), 409, "a release of a draft");
        refused(step(ADMIN, announcement, "approve", etag(ADMIN, announcement)), 409, "an approval of a draft");
        assertEquals(state, state(), "nothing changed");
        assertEquals(200, step(ADMIN, announcement, "ready", null).status());
        refused(step(ADMIN, announcement, "approve", null), 428, "an approval without If-Match");
        String readyTag = etag(ADMIN, announcement);
        assertEquals(200, step(ADMIN, announcement, "approve", readyTag).status());
        state = state();
        refused(step(ADMIN, announcement, "approve", etag(ADMIN, announcement)), 409, "the same admin twice");
        refused(step(ADMIN_DANA, announcement, "approve", readyTag), 412, "an approval of a version before the first approval");
        refused(step(ADMIN, announcement, "release", null), 409, "a release with one approval");
        assertEquals(state, state(), "nothing changed");
        // a change after Carol's approval voids it; Dana's approval of what she had read is refused
        String danaRead = etag(ADMIN_DANA, announcement);
        Http.Reply change = Http.call("PATCH", LocalStack.GATEWAY + "/api/v1/announcements/" + announcement, ADMIN.token(),
                "application/json", body("[\"" + embargo + "\"]", "[\"" + arabCode + "\"]")
                        .replace("a new member.", "a new member today.").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "If-Match", danaRead);
        assertEquals(200, change.status(), change.body());
        assertEquals("draft", change.json().get("status").asText());
        assertEquals(0, change.json().get("approvals").size());
        state = state();
        refused(step(ADMIN_DANA, announcement, "approve", danaRead), 412, "an approval after a change");
        assertEquals(state, state(), "nothing changed");
        // a withdrawn announcement is never released
        String other = Api.expect(ADMIN, "POST", "/api/v1/announcements", body("[]", "[]").replace(TRIGGER, "never-" + UNIQ), 201)
                .get("id").asText();
        assertEquals(200, step(ADMIN, other, "withdraw", null).status());
        refused(step(ADMIN_DANA, other, "release", null), 409, "a release of a withdrawn announcement");
        assertEquals("withdrawn", Api.get(ADMIN, "/api/v1/announcements/" + other).get("status").asText());
        // now properly: ready, Carol, then Dana on the version Carol approved
        assertEquals(200, step(ADMIN, announcement, "ready", null).status());
        assertEquals(200, step(ADMIN, announcement, "approve", etag(ADMIN, announcement)).status());
        Http.Reply second = step(ADMIN_DANA, announcement, "approve", etag(ADMIN_DANA, announcement));
        assertEquals(200, second.status(), second.body());
        assertEquals("approved", second.json().get("status").asText());
        assertEquals(List.of("admin-carol", "admin-dana"), second.json().get("approvals").findValuesAsText("by"));
    }

    @Test
    @Order(5)
    void approvedButNotReleasedStillNothingOutside() {
        assertNothingOutside("approved, before the trigger");
    }

    @Test
    @Order(6)
    void danaFiresTheTriggerOnceAndEveryPartIsPublic() {
        JsonNode fired = Api.expect(ADMIN_DANA, "POST", "/api/v1/announcements/triggers/" + TRIGGER, null, 200);
        List<String> released = new ArrayList<>();
        fired.get("released").forEach(a -> released.add(a.get("id").asText()));
        assertEquals(List.of(announcement), released);
        refused(Api.call(ADMIN_DANA, "POST", "/api/v1/announcements/triggers/" + TRIGGER, null), 409, "the trigger again");
        assertEquals("released", Api.expect(ADMIN, "POST", "/api/v1/announcements/" + announcement + "/transitions",
                "{\"action\": \"release\"}", 200).get("status").asText(), "a repeated release answers the same");

        for (Callers who : List.of(ANONYMOUS, CSO_A, CSO_B, GOV_GB, GOV_FR, ORGANISER, ADMIN)) {
            JsonNode a = Api.get(who, "/api/v1/announcements/" + announcement);
            assertEquals("released", a.get("status").asText());
            assertEquals(AR_TITLE, a.at("/texts/ar/title").asText());
            assertEquals(HE_TITLE, a.at("/texts/he/title").asText());
            assertEquals(List.of(arabCode), a.get("members").findValuesAsText("code"), who.column);
            assertEquals(List.of(jointPledge, frenchPledge).stream().sorted().toList(),
                    a.get("pledges").findValuesAsText("id").stream().sorted().toList(), who.column);
            assertTrue(a.get("pledges").toString().contains("\"memberCode\":\"" + arabCode + "\""), "the partners are named");
            assertEquals(new BigDecimal(JOINT_GB_USD).add(new BigDecimal(JOINT_ARAB_USD)).add(new BigDecimal(FR_USD)),
                    new BigDecimal(a.at("/totals/0/amount").asText()), who.column);
            assertTrue(Api.get(who, "/api/v1/announcements").findValuesAsText("id").contains(announcement));
            assertEquals(200, Api.call(who, "GET", "/api/v1/pledges/" + jointPledge, null).status(), who.column);
            assertEquals(200, Api.call(who, "GET", "/api/v1/members/" + arabCode, null).status(), who.column);
        }
        JsonNode totals = Api.get(ANONYMOUS, "/api/v1/funding/summary?groupBy=member&currency=USD");
        assertTrue(totals.toString().contains("\"" + arabCode + "\""), "the new member's share counts: " + totals);
        assertTrue(Http.get(LocalStack.GATEWAY + "/api/v1/feeds/announcements.atom?lang=he").body().contains(HE_TITLE));

        PageSession reader = PageSession.anonymous();
        Map<String, String> titles = Map.of("en", EN_TITLE, "fr", FR_TITLE, "ar", AR_TITLE, "he", HE_TITLE);
        for (String language : LANGUAGES) {
            Http.Reply page = reader.lang(language).get("/announcements/" + announcement);
            assertEquals(200, page.status(), language);
            assertTrue(page.body().contains(escaped(titles.get(language))), language + ": the communiqué in its language");
            assertTrue(page.body().contains(MEMBER_NAME), language + ": the member that joined");
            assertTrue(page.body().contains("id=\"pledge-" + jointPledge + "\""), language);
            assertTrue(reader.get("/announcements").body().contains("/announcements/" + announcement), language);
        }
        reader.lang("en");
    }

    @Test
    @Order(7)
    void releasedExactlyOnceOnKafkaWithEachPledgeAnnouncedOnce() {
        List<ConsumerRecord<String, String>> released = new TopicProbe(LocalStack.KAFKA).await("pledges.announcements",
                r -> announcement.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(1, released.size(), "one announcement.released");
        String event = released.get(0).value();
        assertTrue(event.contains("org.iccsp.pledges.announcement.released.v1"), event);
        assertTrue(event.contains(arabCode) && event.contains(jointPledge) && event.contains(frenchPledge), event);
        for (String pledge : List.of(jointPledge, frenchPledge)) {
            List<ConsumerRecord<String, String>> announced = new TopicProbe(LocalStack.KAFKA).await("pledges.pledges",
                    r -> pledge.equals(r.key()) && r.value().contains("org.iccsp.pledges.pledge.announced.v1"), 2,
                    Duration.ofSeconds(20));
            assertEquals(1, announced.size(), pledge + " announced once");
        }
    }

    /** Before release: no outsider finds any part of it through the API, totals, pages, feed, Kafka or metrics. */
    private static void assertNothingOutside(String when) {
        LeakScan scan = new LeakScan().secret(announcement).secret(jointPledge).secret(frenchPledge).secret(MEMBER_NAME)
                .secret(SECRET_WORD).secret(EN_TITLE).secret(AR_TITLE).secret(TRIGGER).secret(JOINT_GB_USD)
                .secret(JOINT_ARAB_USD).secret(FR_USD).amount(new BigDecimal(JOINT_GB_USD))
                .amount(new BigDecimal(JOINT_ARAB_USD)).amount(new BigDecimal(FR_USD)).secretWord(arabCode)
                .templates(Http.get(LocalStack.GATEWAY + "/openapi-merged").json());
        for (Callers who : OUTSIDERS) {
            assertEquals(404, Api.call(who, "GET", "/api/v1/announcements/" + announcement, null).status(), who.column);
            // read by id: a 404 like an unknown id's (its problem names the id the caller sent: not scanned)
            for (String path : List.of("/api/v1/pledges/" + jointPledge, "/api/v1/pledges/" + frenchPledge)) {
                assertEquals(404, Api.call(who, "GET", path, null).status(), path + " as " + who.column);
            }
            List<String> lists = new ArrayList<>(List.of("/api/v1/announcements", "/api/v1/feeds/announcements.atom",
                    "/api/v1/feeds/announcements.atom?lang=ar", "/api/v1/pledges?limit=500"));
            if (who != ORGANISER) { // organisers know every member, confidential ones included (pledge-service README)
                lists.add("/api/v1/members?limit=500");
                assertEquals(404, Api.call(who, "GET", "/api/v1/members/" + arabCode, null).status(), who.column);
            }
            for (String path : lists) {
                scan.channel(when + ": " + path + " as " + who.column, Api.call(who, "GET", path, null).body());
            }
            PageSession session = who == ANONYMOUS ? PageSession.anonymous() : PageSession.of(who);
            for (String language : LANGUAGES) {
                session.lang(language);
                scan.channel(when + ": page /announcements [" + language + "] as " + who.column, session.get("/announcements").body());
                Http.Reply page = session.get("/announcements/" + announcement);
                assertEquals(404, page.status(), who.column + " " + language);
                scan.channel(when + ": page /funding [" + language + "] as " + who.column,
                        session.get("/funding?groupBy=member&currency=USD").body());
            }
            session.lang("en");
        }
        for (Callers who : List.of(ANONYMOUS, CSO_A, ORGANISER)) {
            assertEquals(totalsBefore.get(who), Api.get(who, "/api/v1/funding/summary?groupBy=member&currency=USD").toString(),
                    "totals unchanged for " + who.column + " " + when);
        }
        // another government: its own totals unchanged (GB's sealed share is not in them either)
        assertEquals(totalsBefore.get(GOV_GB), Api.get(GOV_GB, "/api/v1/funding/summary?groupBy=member&currency=USD").toString());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (String topic : List.of("pledges.announcements", "pledges.pledges", "pledges.embargoes", "pledges.members")) {
            records.addAll(new TopicProbe(LocalStack.KAFKA).await(topic, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(5)));
        }
        scan.channel(when + ": Kafka", String.join("\n", records.stream().map(ConsumerRecord::value).toList()));
        for (String application : MetricsCatalogueIT.APPLICATIONS) {
            scan.metrics(when + ": " + application + " /q/metrics",
                    Http.get(MetricsCatalogueIT.management(application) + "/metrics").body());
        }
        scan.assertClean();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asText()));
        return ids;
    }

    /** As Qute writes the text into the page (HTML-escaped). */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
