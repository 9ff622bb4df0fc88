package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;
import static org.iccsp.e2e.Callers.ADMIN;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What is confidential stays so, through every channel, until it may be known: a pledge sealed
 * under an embargo (gov-gb's), a confidential member (with an announced pledge), and a directory
 * description for members only. Checked as every caller through listings, single reads, funding
 * totals, search, the Kafka topic, webhook deliveries to a subscriber in this JVM, every email of
 * the SMTP capture and every caller's in-app notices; then the embargo is released and the pledge
 * must appear wherever it belongs, signed webhooks included.
 */
@RealStack
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfidentialityIT {
    private static final List<Callers> PEOPLE = List.of(ANONYMOUS, CSO_A, CSO_B, GOV_GB, GOV_FR, ORGANISER, ADMIN);
    private static final List<Callers> NOT_GB = List.of(ANONYMOUS, CSO_A, CSO_B, GOV_FR, ORGANISER);
    private static final List<String> GROUPINGS = List.of("member", "bloc", "vertical", "event", "year");
    /** The figures of every group: pledged (announced), committed and disbursed. */
    private static final List<String> FIGURES = List.of("announced", "committed", "disbursed");
    private static final String UNIQ = UUID.randomUUID().toString().substring(0, 8);
    private static final String SEALED_NOTE = "sealed-note-" + UNIQ;
    private static final String CONFIDENTIAL_NAME = "Confidential member " + UNIQ;
    private static final String HIDDEN_WORD = "zqhidden" + UNIQ.replaceAll("[^a-z]", "x");
    // the sealed pledge: an amount and a target no other pledge has (GBP at 0.80 per dollar: USD 108,025.20)
    private static final String SEALED_GBP = "86420.16";
    private static final BigDecimal SEALED_USD = new BigDecimal("108025.20");
    private static final String SEALED_TARGET = "sealed-target-" + UNIQ;
    private static final String SEALED_TARGET_NAME = "Sealed target " + UNIQ;

    private static WebhookReceiver receiver;
    private static final Map<String, String> secrets = new HashMap<>();
    private static String embargo;
    private static String sealed;
    private static String confidentialCode;
    private static String confidentialPledge;
    private static String jointPledge;
    // distinctive amounts (EUR at 0.92 per dollar), so that no honest figure equals them by chance
    private static final String CONFIDENTIAL_EUR = "41234.57";
    private static final String JOINT_CONFIDENTIAL_EUR = "17654.33";
    private static final String JOINT_GB_EUR = "12345.67";
    private static final String PUBLIC_GB_EUR = "3217.89";
    private static String publicPledge;
    private static final List<String> CURRENCIES = List.of("USD", "EUR");
    private static final List<Callers> OUTSIDERS = List.of(ANONYMOUS, CSO_A, CSO_B, GOV_GB, GOV_FR);
    private static String hiddenOrganisation;
    private static final Map<Callers, Map<String, JsonNode>> totalsBefore = new HashMap<>();

    @BeforeAll
    static void setUp() throws IOException {
        receiver = new WebhookReceiver();
        secrets.put("/gb", subscribe(GOV_GB, "/gb", "[\"pledges\", \"events\"]"));
        secrets.put("/organiser", subscribe(ORGANISER, "/organiser", "[\"pledges\"]"));
        Api.expect(ADMIN, "PUT", "/api/v1/exchange-rates", """
                {"rates": [{"date": "2025-06-02", "currency": "GBP", "perUsd": "0.80"},
                           {"date": "2025-06-02", "currency": "EUR", "perUsd": "0.92"}]}""", 200);

        // A confidential member with an announced pledge: no event an outsider can reach tells of it.
        confidentialCode = SecurityFixtures.get().resolve("{new.memberCode}");
        Api.expect(ADMIN, "POST", "/api/v1/members", """
                {"code": "%s", "name": "%s", "bloc": "other", "status": "confidential"}"""
                .formatted(confidentialCode, CONFIDENTIAL_NAME), 201);
        confidentialPledge = Api.expect(ADMIN, "POST", "/api/v1/pledges", """
                {"memberCode": "%s", "amount": "%s", "currency": "EUR", "valueDate": "2025-06-02",
                 "verticals": ["health"], "target": {"kind": "common-resource", "ref": "research-and-mapping"},
                 "newMoney": true}""".formatted(confidentialCode, CONFIDENTIAL_EUR), 201).get("id").asText();
        SecurityFixtures.transition(ADMIN, confidentialPledge, "{\"action\": \"submit\"}");
        SecurityFixtures.transition(ADMIN, confidentialPledge, "{\"action\": \"announce\"}");
        // ... and a share in a joint pledge led by GB (drafted by an admin: GB may not name the member):
        // not a public pledge, so neither share is in a public figure; GB sees its own share only.
        jointPledge = Api.expect(ADMIN, "POST", "/api/v1/pledges", """
                {"memberCode": "GB", "amount": "%s", "currency": "EUR", "valueDate": "2025-06-02",
                 "verticals": ["health", "education"], "target": {"kind": "common-resource", "ref": "research-and-mapping"},
                 "newMoney": true, "jointLabel": "Quiet fund %s",
                 "shares": [{"memberCode": "GB", "amount": "%s", "currency": "EUR"},
                            {"memberCode": "%s", "amount": "%s", "currency": "EUR"}]}"""
                .formatted(new BigDecimal(JOINT_GB_EUR).add(new BigDecimal(JOINT_CONFIDENTIAL_EUR)), UNIQ, JOINT_GB_EUR,
                        confidentialCode, JOINT_CONFIDENTIAL_EUR), 201).get("id").asText();
        SecurityFixtures.transition(ADMIN, jointPledge, "{\"action\": \"submit\"}");
        SecurityFixtures.transition(ADMIN, jointPledge, "{\"action\": \"announce\"}");
        // ... then a public pledge of GB, announced after them: once it reaches both subscribers, so would they have.
        publicPledge = Api.expect(ADMIN, "POST", "/api/v1/pledges", """
                {"memberCode": "GB", "amount": "%s", "currency": "EUR", "valueDate": "2025-06-02",
                 "verticals": ["health"], "target": {"kind": "common-resource", "ref": "research-and-mapping"},
                 "newMoney": true}""".formatted(PUBLIC_GB_EUR), 201).get("id").asText();
        SecurityFixtures.transition(ADMIN, publicPledge, "{\"action\": \"submit\"}");
        SecurityFixtures.transition(ADMIN, publicPledge, "{\"action\": \"announce\"}");

        // Members may read this description, the public may not (and may not find the organisation by it).
        hiddenOrganisation = Api.expect(ADMIN, "POST", "/api/v1/organizations", """
                {"legalName": "Quiet Mediators %s", "type": "ngo", "country": "IL", "contactEmail": "quiet-%s@example.org",
                 "sectors": ["education"], "publicListing": true, "description": "Trains mediators in %s",
                 "contacts": [{"name": "Hidden Person %s", "email": "hidden-person-%s@example.org"}],
                 "visibility": {"description": "members"}}""".formatted(UNIQ, UNIQ, HIDDEN_WORD, UNIQ, UNIQ), 201)
                .get("id").asText();

        for (Callers who : List.of(ANONYMOUS, GOV_FR, ORGANISER)) {
            totalsBefore.put(who, totals(who));
        }
        embargo = Api.expect(ADMIN, "POST", "/api/v1/embargoes", "{\"name\": \"leak-" + UNIQ + "\"}", 201).get("id").asText();
        sealed = Api.expect(GOV_GB, "POST", "/api/v1/pledges", """
                {"amount": "%s", "currency": "GBP", "valueDate": "2025-06-02", "verticals": ["education"],
                 "target": {"kind": "cso-project", "ref": "%s", "name": "%s"}, "newMoney": true,
                 "notes": "%s"}""".formatted(SEALED_GBP, SEALED_TARGET, SEALED_TARGET_NAME, SEALED_NOTE), 201).get("id").asText();
        SecurityFixtures.transition(GOV_GB, sealed, "{\"action\": \"submit\", \"embargoId\": \"" + embargo + "\"}");

        // The webhook pipeline flows: the public announcement made after the confidential ones reaches both subscribers.
        await("the announcement of GB's public pledge at both subscribers").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500)).until(() -> announcementsOf(publicPledge).size() >= 2);
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    @Order(1)
    void aSealedPledgeIsSeenByItsGovernmentAndAdminsOnly() {
        for (Callers who : NOT_GB) {
            assertEquals(404, Api.call(who, "GET", "/api/v1/pledges/" + sealed, null).status(), who.column);
            assertEquals(404, Api.call(who, "GET", "/api/v1/pledges/" + sealed + "/history", null).status(), who.column);
            assertFalse(listed(who, "/api/v1/pledges?limit=500", sealed), who.column + " lists it");
            assertFalse(listed(who, "/api/v1/pledges?member=GB&status=submitted&limit=500", sealed), who.column + " finds it");
        }
        for (Callers who : List.of(GOV_GB, ADMIN)) {
            assertEquals(SEALED_NOTE, Api.get(who, "/api/v1/pledges/" + sealed).get("notes").asText(), who.column);
            assertTrue(listed(who, "/api/v1/pledges?limit=500", sealed), who.column + " lists its own");
        }
        assertEquals(1, Api.get(ADMIN, "/api/v1/embargoes/" + embargo).get("sealedPledges").asInt());
        for (Callers who : List.of(GOV_FR, ORGANISER)) {
            assertFalse(Api.get(who, "/api/v1/embargoes/" + embargo).hasNonNull("sealedPledges"),
                    "only admins learn how many pledges an embargo seals: " + who.column);
        }
    }

    @Test
    @Order(2)
    void aSealedPledgeCountsInNoTotal() {
        for (Callers who : totalsBefore.keySet()) {
            assertEquals(totalsBefore.get(who), totals(who), "totals as " + who.column + " moved with a sealed pledge");
        }
    }

    @Test
    @Order(3)
    void aSealedPledgeIsPublishedNowhereAndNotifiesNobody() {
        List<ConsumerRecord<String, String>> published = new TopicProbe(LocalStack.KAFKA)
                .await("pledges.pledges", r -> sealed.equals(r.key()), 1, Duration.ofSeconds(5));
        assertEquals(List.of(), published, "no event about a sealed pledge on Kafka");
        receiver.assertNothingMentions(sealed, "the sealed pledge");
        receiver.assertNothingMentions(SEALED_NOTE, "the sealed pledge's notes");
        assertNoMessageMentions(sealed);
        assertNoMessageMentions(SEALED_NOTE);
    }

    @Test
    @Order(4)
    void aConfidentialMemberIsNamedOnlyToOrganisersAndAdmins() {
        for (Callers who : List.of(ANONYMOUS, CSO_A, CSO_B, GOV_GB, GOV_FR)) {
            assertEquals(404, Api.call(who, "GET", "/api/v1/members/" + confidentialCode, null).status(), who.column);
            assertFalse(Api.get(who, "/api/v1/members?limit=500").toString().contains(confidentialCode), who.column + " lists the member");
            assertFalse(listed(who, "/api/v1/pledges?limit=500", confidentialPledge), who.column + " lists its pledge");
            for (String grouping : GROUPINGS) {
                JsonNode summary = Api.get(who, "/api/v1/funding/summary?groupBy=" + grouping);
                assertFalse(summary.toString().contains(CONFIDENTIAL_NAME), who.column + " reads its name in totals");
                summary.get("groups").forEach(g -> assertFalse(g.get("key").asText().equals(confidentialCode),
                        who.column + " sees its group in totals by " + grouping));
            }
        }
        for (Callers who : List.of(ORGANISER, ADMIN)) {
            assertEquals(CONFIDENTIAL_NAME, Api.get(who, "/api/v1/members/" + confidentialCode).get("name").asText());
        }
        assertEquals(List.of(), announcementsOf(confidentialPledge), "a confidential member's pledge is announced to no subscriber");
        assertEquals(List.of(), announcementsOf(jointPledge), "nor a joint pledge with its share");
        receiver.assertNothingMentions(CONFIDENTIAL_NAME, "the confidential member's name");
        receiver.assertNothingMentions("\"" + confidentialCode + "\"", "the confidential member's code");
        assertNoMessageMentions(CONFIDENTIAL_NAME);
    }

    @Test
    @Order(5)
    void aMembersOnlyDescriptionIsNeitherShownNorSearchableToThePublic() {
        for (Callers who : List.of(ANONYMOUS, CSO_A)) {
            JsonNode found = Api.get(who, "/api/v1/organizations?facets=true&q=" + HIDDEN_WORD);
            assertEquals(0, found.get("items").size(), who.column + " finds it by its hidden description: " + found);
            assertFalse(found.path("facets").toString().matches(".*\"count\"\\s*:\\s*[1-9].*"), "counted in facets: " + found);
            assertFalse(Api.get(who, "/api/v1/organizations/" + hiddenOrganisation).has("description"), who.column);
        }
        for (Callers who : List.of(GOV_GB, ORGANISER)) {
            JsonNode found = Api.get(who, "/api/v1/organizations?q=" + HIDDEN_WORD);
            assertEquals(hiddenOrganisation, found.at("/items/0/id").asText(), who.column + " (a member) finds it");
        }
    }

    /**
     * The open data (HSDS API and export, the Atom feed of the directory, the public calendar) is the public view
     * whoever asks, signed in or not: no members-only description, no contact kept for members, no organisation
     * that is not publicly listed, no members-only or invitation-only event (docs/adr/0015).
     */
    @Test
    @Order(5)
    void theOpenDataIsThePublicViewWhoeverAsks() {
        String membersEvent = "Members briefing " + UNIQ;
        String invitationEvent = "Closed convening " + UNIQ;
        for (String[] event : List.of(new String[] {membersEvent, "members-only"}, new String[] {invitationEvent, "invitation-only"})) {
            Api.expect(ORGANISER, "POST", "/api/v1/events", """
                    {"title": "%s", "kind": "convening", "venue": "Rome", "timeZone": "Europe/Rome",
                     "startsAt": "2031-03-10T09:00:00", "endsAt": "2031-03-10T17:00:00", "visibility": "%s", "capacity": 5}"""
                    .formatted(event[0], event[1]), 201);
        }
        String hsdsHidden = SecurityFixtures.hsdsId("organization", hiddenOrganisation);
        LeakScan scan = new LeakScan().secret(HIDDEN_WORD).secret("Hidden Person " + UNIQ)
                .secret("hidden-person-" + UNIQ).secret("quiet-" + UNIQ).secret(membersEvent).secret(invitationEvent)
                .secret(SecurityFixtures.hsdsId("organization", SecurityFixtures.ORG_B)).secret("Bashir Dialogue Centre");
        for (Callers who : List.of(ANONYMOUS, CSO_B, GOV_GB, ORGANISER, ADMIN)) {
            for (String path : List.of("/api/v1/exports/hsds/organizations.json",
                    "/api/v1/exports/hsds/organizations.json?format=ndjson", "/api/v1/hsds/organizations?per_page=100",
                    "/api/v1/hsds/organizations/" + hsdsHidden, "/api/v1/hsds/services?per_page=100",
                    "/api/v1/feeds/directory.atom", "/api/v1/feeds/events.ics")) {
                Http.Reply reply = Api.call(who, "GET", path, null);
                assertEquals(200, reply.status(), path + " as " + who.column);
                scan.channel("open data " + path + " as " + who.column, reply.body());
            }
        }
        assertEquals(List.of(), scan.findings(), "what only members may see is in the open data");
        // the organisation itself is public (listed, verified by an admin): only its hidden fields are left out
        assertTrue(Api.get(ANONYMOUS, "/api/v1/hsds/organizations/" + hsdsHidden).path("description").asText().isEmpty());
    }

    @Test
    @Order(6)
    void noInAppNoticeOfAnyoneMentionsWhatIsConfidential() {
        for (Callers who : PEOPLE.subList(1, PEOPLE.size())) {
            String notices = Api.get(who, "/api/v1/notifications?limit=200").toString();
            for (String marker : List.of(sealed, SEALED_NOTE, CONFIDENTIAL_NAME, HIDDEN_WORD)) {
                assertFalse(notices.contains(marker), marker + " in the notices of " + who.column);
            }
        }
    }

    @Test
    @Order(7)
    void theReleaseAnnouncesThePledgeWhereverItBelongs() {
        JsonNode release = Api.expect(ADMIN, "POST", "/api/v1/embargoes/" + embargo + "/release", null, 200);
        assertEquals("[\"" + sealed + "\"]", release.get("announcedPledges").toString());

        for (Callers who : NOT_GB) {
            JsonNode pledge = Api.get(who, "/api/v1/pledges/" + sealed);
            assertEquals("announced", pledge.get("status").asText(), who.column);
            assertTrue(listed(who, "/api/v1/pledges?limit=500", sealed), who.column + " lists it now");
        }
        // 86,420.16 GBP at 0.80 per dollar: 108,025.20 USD more announced in GB's group and, where the
        // caller may see it (not suppressed for the confidential member's sake), in the total.
        BigDecimal added = SEALED_USD;
        for (Callers who : totalsBefore.keySet()) {
            JsonNode before = totalsBefore.get(who).get("member");
            JsonNode after = totals(who).get("member");
            assertEquals(amount(group(before, "GB").path("announced")).add(added), amount(group(after, "GB").path("announced")),
                    who.column + ": GB's group");
            assertEquals(before.at("/total/announced").isTextual(), after.at("/total/announced").isTextual(),
                    who.column + ": the total is shown (or suppressed) as before");
            if (before.at("/total/announced").isTextual()) {
                assertEquals(amount(before.at("/total/announced")).add(added), amount(after.at("/total/announced")), who.column);
            }
        }

        await("the announcement and the release at both subscribers").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500)).until(() -> announcementsOf(sealed).size() >= 2
                        && releases().size() >= 2);
        for (WebhookReceiver.Delivery d : announcementsOf(sealed)) {
            assertEquals(embargo, d.event().at("/data/embargoId").asText(), d.body());
            assertEquals("GB", d.event().at("/data/memberCode").asText(), d.body());
            assertTrue(d.signedWith(secrets.get(d.path())), "signed with the subscription's secret: " + d);
        }
        releases().forEach(d -> assertTrue(d.signedWith(secrets.get(d.path())), d.toString()));
        List<ConsumerRecord<String, String>> published = new TopicProbe(LocalStack.KAFKA)
                .await("pledges.pledges", r -> sealed.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, published.size(), "one event for the released pledge");
        assertTrue(published.get(0).value().contains("org.iccsp.pledges.pledge.announced.v1"), published.get(0).value());
    }

    /**
     * Issue 17, finding 3: every difference an outsider can compute from the published figures (each
     * grouping × currency: figures, total minus the sum of the groups, total minus a group, any two
     * figures of the same currency, across groupings too, and each bloc minus its members' groups) is
     * checked against the confidential member's money (each part, and their sums) and, for everyone but
     * GB, GB's share of the joint pledge that is not public. The total is the sum of the groups by
     * member, bloc and event to the cent.
     */
    @Test
    @Order(4)
    void noDifferenceOfPublishedFiguresRevealsHiddenMoney() {
        for (String currency : CURRENCIES) {
            Map<String, BigDecimal> secrets = new HashMap<>();
            BigDecimal confidential = converted(CONFIDENTIAL_EUR, currency);
            BigDecimal jointConfidential = converted(JOINT_CONFIDENTIAL_EUR, currency);
            secrets.put("the confidential member's pledge", confidential);
            secrets.put("the confidential member's share", jointConfidential);
            secrets.put("the confidential member's money", confidential.add(jointConfidential));
            secrets.put("the joint pledge", jointConfidential.add(converted(JOINT_GB_EUR, currency)));
            // what organisers see of the member confirms the amounts the test looks for
            JsonNode full = Api.get(ORGANISER, "/api/v1/funding/summary?groupBy=member&currency=" + currency);
            assertEquals(confidential.add(jointConfidential), amount(group(full, confidentialCode).path("announced")),
                    "the organiser's figure for the confidential member in " + currency);
            for (Callers who : OUTSIDERS) {
                Map<String, BigDecimal> hidden = new HashMap<>(secrets);
                if (who != GOV_GB) {
                    hidden.put("GB's share of a pledge that is not public", converted(JOINT_GB_EUR, currency));
                }
                assertNoDifferenceIsHidden(who, currency, hidden);
            }
        }
    }

    private static void assertNoDifferenceIsHidden(Callers who, String currency, Map<String, BigDecimal> hidden) {
        Map<String, String> blocOf = new HashMap<>();
        Api.get(who, "/api/v1/members?limit=500").forEach(m -> blocOf.put(m.get("code").asText(), m.get("bloc").asText()));
        Map<String, BigDecimal> derived = new java.util.LinkedHashMap<>(); // what a reader can compute, named
        Map<String, JsonNode> summaries = new HashMap<>();
        for (String grouping : GROUPINGS) {
            JsonNode summary = Api.get(who, "/api/v1/funding/summary?groupBy=" + grouping + "&currency=" + currency);
            summaries.put(grouping, summary);
            for (String figure : FIGURES) {
                assertTrue(summary.at("/total/" + figure).isTextual(), who.column + ": a total by " + grouping);
                BigDecimal total = amount(summary.at("/total/" + figure));
                derived.put(grouping + " total " + figure, total);
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode g : summary.get("groups")) {
                    BigDecimal value = amount(g.get(figure));
                    derived.put(grouping + " " + g.get("key").asText() + " " + figure, value);
                    derived.put(grouping + " total minus " + g.get("key").asText() + " " + figure, total.subtract(value));
                    sum = sum.add(value);
                }
                derived.put(grouping + " total minus all groups " + figure, total.subtract(sum));
                if (!grouping.equals("vertical")) {
                    assertEquals(total, sum, who.column + " " + currency + ": total minus the groups by " + grouping);
                }
            }
        }
        // the year filter: each year's figures on their own (a chart and a table of the dashboard)
        for (JsonNode year : summaries.get("member").get("years")) {
            JsonNode ofYear = Api.get(who, "/api/v1/funding/summary?groupBy=member&currency=" + currency + "&year=" + year.asText());
            for (String figure : FIGURES) {
                derived.put("year " + year.asText() + " total " + figure, amount(ofYear.at("/total/" + figure)));
                for (JsonNode g : ofYear.get("groups")) {
                    derived.put("year " + year.asText() + " member " + g.get("key").asText() + " " + figure, amount(g.get(figure)));
                }
            }
        }
        assertDrillDownsHideNothing(who, currency, summaries, hidden);
        for (String figure : FIGURES) {
            Map<String, BigDecimal> blocFromMembers = new HashMap<>();
            for (JsonNode g : summaries.get("member").get("groups")) {
                String bloc = blocOf.get(g.get("key").asText());
                assertTrue(bloc != null, who.column + " sees a group of a member it may not name: " + g);
                blocFromMembers.merge(bloc, amount(g.get(figure)), BigDecimal::add);
            }
            for (JsonNode g : summaries.get("bloc").get("groups")) {
                String bloc = g.get("key").asText();
                derived.put("bloc " + bloc + " minus its members " + figure,
                        amount(g.get(figure)).subtract(blocFromMembers.getOrDefault(bloc, BigDecimal.ZERO)));
            }
        }
        List<Map.Entry<String, BigDecimal>> figures = List.copyOf(derived.entrySet());
        for (int i = 0; i < figures.size(); i++) {
            assertNotHidden(who, currency, figures.get(i).getKey(), figures.get(i).getValue(), hidden);
            for (int j = i + 1; j < figures.size(); j++) {
                assertNotHidden(who, currency, figures.get(i).getKey() + " minus " + figures.get(j).getKey(),
                        figures.get(i).getValue().subtract(figures.get(j).getValue()), hidden);
            }
        }
    }

    /**
     * The pledges behind each bar (GET /funding/pledges, the dashboard's drill-down): they add up exactly to the
     * bar's figures, so they hold no money the bar does not; none is a pledge or a member the reader may not
     * know, and no single part's amount is a hidden one.
     */
    private static void assertDrillDownsHideNothing(Callers who, String currency, Map<String, JsonNode> summaries,
            Map<String, BigDecimal> hidden) {
        List<String> hiddenPledges = new java.util.ArrayList<>(List.of(sealed, confidentialPledge));
        if (who != GOV_GB) {
            hiddenPledges.add(jointPledge);
        }
        JsonNode all = Api.get(who, "/api/v1/funding/pledges?currency=" + currency);
        assertPartsAddUp(who, "every part", all, summaries.get("member").get("total"));
        for (String grouping : List.of("member", "bloc", "event", "year")) {
            for (JsonNode g : summaries.get(grouping).get("groups")) {
                JsonNode parts = Api.get(who, "/api/v1/funding/pledges?groupBy=" + grouping + "&key="
                        + java.net.URLEncoder.encode(g.get("key").asText(), java.nio.charset.StandardCharsets.UTF_8)
                        + "&currency=" + currency);
                assertPartsAddUp(who, grouping + " " + g.get("key").asText(), parts, g);
            }
        }
        for (JsonNode part : all.get("parts")) {
            assertFalse(hiddenPledges.contains(part.get("pledgeId").asText()), who.column + " reads a hidden pledge behind a bar: " + part);
            assertFalse(confidentialCode.equals(part.get("memberCode").asText()), who.column + " reads the confidential member behind a bar");
            for (String figure : FIGURES) {
                assertNotHidden(who, currency, "the part " + part.get("pledgeId").asText() + " " + figure, amount(part.get(figure)), hidden);
            }
        }
    }

    private static void assertPartsAddUp(Callers who, String what, JsonNode breakdown, JsonNode group) {
        for (String figure : FIGURES) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode part : breakdown.get("parts")) {
                sum = sum.add(amount(part.get(figure)));
            }
            assertEquals(amount(group.get(figure)), sum, who.column + ": the pledges behind " + what + " (" + figure + ")");
            assertEquals(amount(group.get(figure)), amount(breakdown.at("/total/" + figure)), who.column + ": total behind " + what);
        }
    }

    private static void assertNotHidden(Callers who, String currency, String what, BigDecimal value,
            Map<String, BigDecimal> hidden) {
        hidden.forEach((name, secret) -> assertFalse(value.abs().compareTo(secret) == 0,
                who.column + " learns " + name + " (" + secret + " " + currency + ") from " + what));
    }

    /** EUR amounts of the test, converted as the service does: through USD at 0.92 EUR per dollar, to cents. */
    private static BigDecimal converted(String eur, String currency) {
        BigDecimal usd = new BigDecimal(eur).divide(new BigDecimal("0.92"), java.math.MathContext.DECIMAL128);
        BigDecimal value = currency.equals("USD") ? usd : usd.multiply(new BigDecimal("0.92"), java.math.MathContext.DECIMAL128);
        return value.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    /**
     * Issue 17, finding 2: a joint share for a member the caller may not name (the confidential member,
     * a prospective one) answers exactly as one for a code no member has, whatever else is wrong; and
     * the member list is the same for every outsider, announced members only (no prospective state
     * whose absence would name the confidential one).
     */
    @Test
    @Order(4)
    void noAnswerTellsAConfidentialMemberFromANonMember() {
        String prospective = SecurityFixtures.get().resolve("{memberProspective}");
        for (String shareAmount : List.of("1.00", "5000.00", "-1")) {
            String unknown = jointShareAnswer("ZZ", shareAmount);
            assertTrue(unknown.startsWith("400 "), unknown);
            assertEquals(unknown, jointShareAnswer(confidentialCode, shareAmount), "the confidential member, share " + shareAmount);
            assertEquals(unknown, jointShareAnswer(prospective, shareAmount), "a prospective member, share " + shareAmount);
        }
        JsonNode publicList = Api.get(ANONYMOUS, "/api/v1/members?limit=500");
        publicList.forEach(m -> assertEquals("announced", m.get("status").asText(), "listed to the public: " + m));
        for (Callers who : OUTSIDERS) {
            assertEquals(publicList, Api.get(who, "/api/v1/members?limit=500"), who.column + "'s member list");
            String notAMember = masked(Api.call(who, "GET", "/api/v1/members/ZZ", null), "ZZ");
            assertEquals(notAMember, masked(Api.call(who, "GET", "/api/v1/members/" + confidentialCode, null),
                    confidentialCode), who.column);
            assertEquals(notAMember, masked(Api.call(who, "GET", "/api/v1/members/" + prospective, null), prospective),
                    who.column);
        }
    }

    /** gov-gb drafts a EUR 10,000 joint pledge with a share of {@code amount} for {@code code}: the answer, code masked. */
    private static String jointShareAnswer(String code, String amount) {
        Http.Reply reply = Api.call(GOV_GB, "POST", "/api/v1/pledges", """
                {"amount": "10000.00", "currency": "EUR", "valueDate": "2025-06-02", "verticals": ["education"],
                 "target": {"kind": "common-resource", "ref": "research-and-mapping"}, "newMoney": true,
                 "jointLabel": "Probe", "shares": [{"memberCode": "GB", "amount": "5000.00", "currency": "EUR"},
                                                    {"memberCode": "%s", "amount": "%s", "currency": "EUR"}]}"""
                .formatted(code, amount));
        assertEquals("application/problem+json", reply.contentType(), reply.body());
        return masked(reply, code);
    }

    private static String masked(Http.Reply reply, String code) {
        return reply.status() + " " + reply.body().replace(code, "XX");
    }

    /**
     * The gateway's /funding page shows the API's figures, no other: each grouping × currency, as the public, in
     * its table, in its chart's links (their accessible names carry the figures) and on the page of pledges behind
     * each bar; and a year's page shows that year's figures.
     */
    @Test
    @Order(4)
    void theFundingPageShowsTheSameFiguresAsTheApi() {
        java.util.regex.Pattern row = java.util.regex.Pattern.compile(
                "<tr><th scope=\"row\"><a href=\"([^\"]*)\"><bdi>[^<]*</bdi></a></th><td>(\\d+)</td><td>(\\d+)</td><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>");
        java.util.regex.Pattern bar = java.util.regex.Pattern.compile(
                "<a href=\"[^\"]*\" aria-label=\"[^\"]*: pledged ([^ ]*) [A-Z]{3}, committed ([^ ]*) [A-Z]{3}, disbursed ([^ ]*) [A-Z]{3}\\. Show the pledges\\.\" class=\"chart-link\">");
        for (String currency : CURRENCIES) {
            for (String grouping : GROUPINGS) {
                JsonNode api = Api.get(ANONYMOUS, "/api/v1/funding/summary?groupBy=" + grouping + "&currency=" + currency);
                Http.Reply page = Http.get(LocalStack.GATEWAY + "/funding?lang=en&groupBy=" + grouping + "&currency=" + currency);
                assertEquals(200, page.status(), page.body());
                List<String> shown = new java.util.ArrayList<>();
                List<String> links = new java.util.ArrayList<>();
                java.util.regex.Matcher m = row.matcher(page.body());
                while (m.find()) {
                    links.add(m.group(1).replace("&amp;", "&"));
                    shown.add(m.group(2) + " " + m.group(3) + " " + pageAmount(m.group(4)) + " " + pageAmount(m.group(5))
                            + " " + pageAmount(m.group(6)));
                }
                List<String> expected = new java.util.ArrayList<>();
                List<String> expectedBars = new java.util.ArrayList<>();
                api.get("groups").forEach(g -> {
                    expected.add(g.get("members").asText() + " " + g.get("pledges").asText() + " "
                            + amount(g.get("announced")) + " " + amount(g.get("committed")) + " " + amount(g.get("disbursed")));
                    expectedBars.add(amount(g.get("announced")) + " " + amount(g.get("committed")) + " " + amount(g.get("disbursed")));
                });
                assertEquals(expected, shown, "the rows of /funding by " + grouping + " in " + currency);
                String chart = page.body().substring(page.body().indexOf("id=\"chart-groups\""));
                chart = chart.substring(0, chart.indexOf("</svg>"));
                List<String> bars = new java.util.ArrayList<>();
                java.util.regex.Matcher b = bar.matcher(chart);
                while (b.find()) {
                    bars.add(pageAmount(b.group(1)) + " " + pageAmount(b.group(2)) + " " + pageAmount(b.group(3)));
                }
                assertEquals(expectedBars, bars, "the bars of /funding by " + grouping + " in " + currency);
                java.util.regex.Matcher total = java.util.regex.Pattern.compile(
                        "id=\"funding-total\">[^<]*<strong>([^<]*) " + currency + "</strong>[^<]*<strong>([^<]*) " + currency)
                        .matcher(page.body());
                assertTrue(total.find(), "a total on /funding by " + grouping);
                assertEquals(amount(api.at("/total/announced")), pageAmount(total.group(1)), "the total announced");
                assertEquals(amount(api.at("/total/committed")), pageAmount(total.group(2)), "the total committed");
                // the pledges behind each bar: their total is the bar's
                for (int i = 0; i < links.size(); i++) {
                    Http.Reply behind = Http.get(LocalStack.GATEWAY + links.get(i) + "&lang=en");
                    assertEquals(200, behind.status(), links.get(i) + ": " + behind.body());
                    java.util.regex.Matcher sum = java.util.regex.Pattern.compile("id=\"funding-pledges-total\">.*?Pledged <strong>([^<]*) "
                            + currency + "</strong> · Committed <strong>([^<]*) " + currency + "</strong> · Disbursed <strong>([^<]*) " + currency)
                            .matcher(behind.body());
                    assertTrue(sum.find(), "a total on " + links.get(i));
                    assertEquals(expectedBars.get(i), pageAmount(sum.group(1)) + " " + pageAmount(sum.group(2)) + " "
                            + pageAmount(sum.group(3)), "the pledges behind " + links.get(i));
                }
            }
            for (JsonNode year : Api.get(ANONYMOUS, "/api/v1/funding/summary?currency=" + currency).get("years")) {
                JsonNode api = Api.get(ANONYMOUS, "/api/v1/funding/summary?currency=" + currency + "&year=" + year.asText());
                Http.Reply page = Http.get(LocalStack.GATEWAY + "/funding?lang=en&currency=" + currency + "&year=" + year.asText());
                java.util.regex.Matcher total = java.util.regex.Pattern.compile(
                        "id=\"funding-total\">[^<]*<strong>([^<]*) " + currency + "</strong>").matcher(page.body());
                assertTrue(total.find(), "a total on /funding for " + year);
                assertEquals(amount(api.at("/total/announced")), pageAmount(total.group(1)), "the total announced in " + year);
            }
        }
    }

    /** An amount as the English page writes it ("1,234.50"). */
    private static BigDecimal pageAmount(String text) {
        return new BigDecimal(text.replace(",", "").strip());
    }

    /**
     * After the whole scenario (metrics accumulate: a raw path recorded while the pledge was sealed
     * would still be there), no metric of any application, read on its management port, names the
     * sealed pledge, its notes or amount, the confidential member, or any concrete API path
     * ({@link LeakScan}); and no public port serves health, metrics or the dev UI.
     */
    @Test
    @Order(8)
    void noMetricOfAnyApplicationNamesWhatIsConfidential() {
        LeakScan scan = new LeakScan().secret(sealed).secret(SEALED_NOTE).secret(CONFIDENTIAL_NAME)
                .secret(confidentialPledge).secret(embargo).secret(hiddenOrganisation).secret(HIDDEN_WORD)
                .secret(SEALED_GBP).secret(SEALED_USD.toPlainString()).secret(SEALED_TARGET).secretWord(confidentialCode)
                .templates(Http.get(LocalStack.GATEWAY + "/openapi-merged").json());
        for (String application : MetricsCatalogueIT.APPLICATIONS) {
            Http.Reply scrape = Http.get(MetricsCatalogueIT.management(application) + "/metrics");
            assertEquals(200, scrape.status(), application);
            scan.metrics(application + " /q/metrics", scrape.body());
        }
        assertEquals(5, scan.assertClean());
        for (String application : MetricsCatalogueIT.APPLICATIONS) {
            String base = "http://127.0.0.1:" + LocalStack.LAYOUT.httpPort(application);
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/dev-ui")) {
                assertEquals(404, Http.get(base + path).status(), "the public port answers " + base + path);
            }
        }
    }

    /**
     * Issue 17: no event an outsider can reach (a webhook delivery, or any event on the pledge topics but
     * the submitter's receipt) carries the confidential member's pledge or joint pledge, its amounts (EUR
     * as pledged, or in USD), its code or name: on Kafka the two pledges have their receipts
     * ({@code submitted}) and nothing else, and nothing mentions them on the embargo topic.
     */
    @Test
    @Order(8)
    void noWebhookNorPublicEventTellsOfAConfidentialMembersPledge() {
        List<String> amounts = new java.util.ArrayList<>();
        for (String eur : List.of(CONFIDENTIAL_EUR, JOINT_CONFIDENTIAL_EUR)) {
            amounts.add(eur);
            amounts.add(converted(eur, "USD").toPlainString());
        }
        LeakScan scan = new LeakScan().secret(confidentialPledge).secret(jointPledge).secret(CONFIDENTIAL_NAME)
                .secret("\"" + confidentialCode + "\"").secret("Quiet fund " + UNIQ);
        amounts.forEach(scan::secret);
        assertFalse(receiver.deliveries().isEmpty(), "the subscribers got deliveries to scan");
        scan.channel("webhook deliveries", String.join("\n", receiver.deliveries().stream().map(WebhookReceiver.Delivery::body).toList()));
        // what the subscribers' owners see of those deliveries through the API (their own webhooks' log)
        scan.channel("the owners' delivery lists", Api.get(GOV_GB, "/api/v1/deliveries?limit=500").toString()
                + Api.get(ORGANISER, "/api/v1/deliveries?limit=500").toString());

        List<ConsumerRecord<String, String>> ofThem = new TopicProbe(LocalStack.KAFKA).await("pledges.pledges",
                r -> confidentialPledge.equals(r.key()) || jointPledge.equals(r.key()), 3, Duration.ofSeconds(10));
        assertEquals(2, ofThem.size(), "one record for each of the two pledges: " + ofThem);
        ofThem.forEach(r -> assertTrue(r.value().contains("\"org.iccsp.pledges.pledge.submitted.v1\""),
                "only the submitter's receipt: " + r.value()));
        List<ConsumerRecord<String, String>> others = new TopicProbe(LocalStack.KAFKA).await("pledges.pledges",
                r -> !r.value().contains("\"org.iccsp.pledges.pledge.submitted.v1\""), Integer.MAX_VALUE, Duration.ofSeconds(15));
        assertFalse(others.isEmpty(), "public pledge events to scan");
        scan.channel("pledges.pledges (but receipts)", String.join("\n", others.stream().map(ConsumerRecord::value).toList()));
        List<ConsumerRecord<String, String>> releases = new TopicProbe(LocalStack.KAFKA).await("pledges.embargoes",
                r -> true, Integer.MAX_VALUE, Duration.ofSeconds(15));
        scan.channel("pledges.embargoes", String.join("\n", releases.stream().map(ConsumerRecord::value).toList()));
        assertEquals(4, scan.assertClean());
    }

    /**
     * An invitation token on Kafka: events.invitations carries it sealed (AES-GCM, keys shared by events- and
     * notification-service), so the token the organiser got back appears nowhere on the topic, while the
     * invitee's e-mail still carries the working link.
     */
    @Test
    @Order(9)
    void noInvitationTokenTravelsInClearOnKafka() {
        String event = SecurityFixtures.event("invitation-only");
        String invitee = "sealed-" + UNIQ + "@example.org";
        JsonNode invitation = Api.expect(ORGANISER, "POST", "/api/v1/events/" + event + "/invitations",
                "{\"email\": \"" + invitee + "\"}", 201);
        String id = invitation.get("id").asText();
        String token = invitation.get("token").asText();
        await("the invitation e-mail").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> !Mailbox.to(invitee).isEmpty());
        assertTrue(Mailbox.to(invitee).get(0).text().contains("token=" + java.net.URLEncoder.encode(token,
                java.nio.charset.StandardCharsets.UTF_8)), "the e-mailed link carries the token the topic does not");
        List<ConsumerRecord<String, String>> sent = new TopicProbe(LocalStack.KAFKA).await("events.invitations",
                r -> id.equals(r.key()), 1, Duration.ofSeconds(10));
        assertEquals(1, sent.size(), "the invitation's event");
        assertTrue(sent.get(0).value().contains("\"keyId\""), "its token sealed: " + sent.get(0).value());
        List<ConsumerRecord<String, String>> all = new TopicProbe(LocalStack.KAFKA).await("events.invitations",
                r -> true, Integer.MAX_VALUE, Duration.ofSeconds(10));
        assertEquals(1, new LeakScan().secret(token).channel("events.invitations",
                String.join("\n", all.stream().map(ConsumerRecord::value).toList())).assertClean());
    }

    /**
     * Issue 17's leftover: when the confidential member is announced (after every check above), the public events
     * its pledges withheld go out, in order, through the real pipeline: both pledges' announcements reach both
     * subscribers, once, naming the member; a second announcement (after making it confidential again) publishes
     * nothing twice. The member's change needs its ETag (If-Match): without it, 428 and nothing changes.
     */
    @Test
    @Order(10)
    void announcingTheMemberPublishesItsWithheldPledgeEventsOnce() {
        String member = "/api/v1/members/" + confidentialCode;
        assertEquals(428, Api.call(ADMIN, "PATCH", member, "{\"status\": \"announced\"}").status());
        assertEquals(404, Api.call(ANONYMOUS, "GET", member, null).status(), "still confidential");
        assertEquals(200, changeMember(member, "announced").status());
        assertEquals(CONFIDENTIAL_NAME, Api.get(ANONYMOUS, member).get("name").asText());

        await("the withheld announcements at both subscribers").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> announcementsOf(confidentialPledge).size() >= 2 && announcementsOf(jointPledge).size() >= 2);
        WebhookReceiver.Delivery own = announcementsOf(confidentialPledge).get(0);
        assertEquals(confidentialCode, own.event().at("/data/memberCode").asText(), "named now that it is announced");
        assertEquals(CONFIDENTIAL_EUR, own.event().at("/data/amount").asText());
        assertTrue(listed(ANONYMOUS, "/api/v1/pledges?member=" + confidentialCode + "&limit=500", confidentialPledge));

        assertEquals(200, changeMember(member, "confidential").status());
        assertEquals(200, changeMember(member, "announced").status());
        List<ConsumerRecord<String, String>> announcements = new TopicProbe(LocalStack.KAFKA).await("pledges.pledges",
                r -> (confidentialPledge.equals(r.key()) || jointPledge.equals(r.key()))
                        && r.value().contains("\"org.iccsp.pledges.pledge.announced.v1\""), 3, Duration.ofSeconds(15));
        assertEquals(2, announcements.size(), "one announcement of each pledge, however often the member is announced");
        assertEquals(2, announcementsOf(confidentialPledge).size(), "once at each subscriber");
        assertEquals(2, announcementsOf(jointPledge).size());
    }

    /** The member's status, with the If-Match its change requires (its current ETag). */
    private static Http.Reply changeMember(String member, String status) {
        Http.Reply read = Api.call(ADMIN, "GET", member, null);
        String tag = read.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("etag"))
                .flatMap(e -> e.getValue().stream()).findFirst().orElseThrow(() -> new AssertionError("no ETag: " + read));
        return Http.call("PATCH", LocalStack.GATEWAY + member, ADMIN.token(), "application/json",
                ("{\"status\": \"" + status + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8), "If-Match", tag);
    }

    /**
     * Issue 17, "make the suites find it next time": while the pledge is sealed, every channel an
     * outsider can reach, read as that outsider, names none of what that outsider may not know: each
     * page reachable from the start pages (signed in at Keycloak with a browser session), in English,
     * French, Arabic and Hebrew, with the downloads it links to (calendar entries, visa letters); the
     * pages of the hidden pledges and organisation opened by id; the exports (funding summaries of
     * every grouping × currency, pledge, member, embargo and event listings); the person's e-mails,
     * in-app notices and webhook deliveries; and the logs every application of the stack wrote
     * (read by operators, who are outsiders too). Amounts are looked for however a language writes
     * them ({@link LeakScan#amount}), the confidential member also by its country's name in the four
     * languages.
     */
    @Test
    @Order(6)
    void noPageExportLogOrMessageAnOutsiderCanReachTellsWhatIsConfidential() throws IOException {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        List<String> findings = new java.util.ArrayList<>();
        List<Callers> readers = List.of(ANONYMOUS, CSO_A, CSO_B, GOV_GB, GOV_FR, ORGANISER);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers.size());
        try {
            List<java.util.concurrent.Future<LeakScan>> scans = readers.stream()
                    .map(who -> pool.submit(() -> outsidersChannels(who))).toList();
            for (int i = 0; i < readers.size(); i++) {
                LeakScan scan = scans.get(i).get(15, java.util.concurrent.TimeUnit.MINUTES);
                counts.put(readers.get(i).column, scan.channels());
                findings.addAll(scan.findings());
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | InterruptedException e) {
            throw new AssertionError("reading the channels failed", e);
        } finally {
            pool.shutdownNow();
        }
        // the applications' logs, as an operator reads them: no outsider's secret at all
        LeakScan logs = secretsFor(ANONYMOUS);
        java.nio.file.Path dir = LocalStack.STATE.resolve("logs");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path log : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                logs.channel("log " + log.getFileName(), java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        counts.put("logs", logs.channels());
        System.out.printf("ConfidentialityIT: %d logs of %s scanned (plain text: the local stack logs human-readable lines)%n",
                logs.channels(), dir);
        findings.addAll(logs.findings());
        System.out.println("ConfidentialityIT: channels scanned per reader " + counts);
        assertEquals(List.of(), findings, "secrets found on channels an outsider reaches");
    }

    /** Every channel {@code who} can read, as a scan of what {@code who} may not know (its findings not yet asserted). */
    private static LeakScan outsidersChannels(Callers who) {
        LeakScan scan = secretsFor(who);
        PageSession session = PageSession.of(who);
        List<String> seeds = new java.util.ArrayList<>(List.of("/", "/directory", "/events", "/announcements", "/my/pledges",
                "/my/registrations", "/my/organization", "/my/pledges/new", "/organiser", "/admin/embargoes",
                "/directory/" + hiddenOrganisation, "/directory?q=Quiet", "/my/pledges/" + sealed,
                "/my/pledges/" + confidentialPledge, "/my/pledges/" + jointPledge, "/my/pledges/" + sealed + "/edit",
                "/my/pledges/" + sealed + "/withdraw", "/admin/embargoes/" + embargo + "/release"));
        for (String grouping : GROUPINGS) {
            for (String currency : CURRENCIES) {
                seeds.add("/funding?groupBy=" + grouping + "&currency=" + currency);
                // the pledges behind every bar of the grouping (the drill-down of the charts)
                seeds.add("/funding/pledges?groupBy=" + grouping + "&currency=" + currency);
            }
        }
        // the sealed pledge's member: its bar's pledges must not list it
        seeds.add("/funding/pledges?groupBy=member&key=GB&currency=USD");
        seeds.add("/funding?groupBy=year&year=" + java.time.Year.now(java.time.ZoneOffset.UTC));
        if (who == ANONYMOUS) {
            seeds.removeIf(p -> p.startsWith("/my/") || p.startsWith("/organiser") || p.startsWith("/admin"));
        }
        session.lang("en");
        Map<String, String> english = PageCrawl.crawl(session, seeds, 60);
        english.forEach((path, body) -> scan.channel("page " + path + " [en]", PageCrawl.withoutOwnAddress(path, body)));
        for (String language : List.of("fr", "ar", "he")) {
            session.lang(language);
            PageCrawl.read(session, english.keySet()).forEach((path, body) -> scan.channel("page " + path + " [" + language + "]",
                    PageCrawl.withoutOwnAddress(path, body)));
        }
        session.lang("en");
        int pages = english.size() * 4;
        // the exports and feeds: what the pages are made of, as the API gives it to this caller
        List<String> exports = new java.util.ArrayList<>(List.of("/api/v1/pledges?limit=500", "/api/v1/members",
                "/api/v1/embargoes", "/api/v1/announcements", "/api/v1/feeds/announcements.atom",
                "/api/v1/events?limit=200", "/api/v1/organizations?q=Quiet",
                "/api/v1/organizations/" + hiddenOrganisation, "/api/v1/exports/hsds/organizations.json",
                "/api/v1/feeds/directory.atom", "/api/v1/feeds/events.ics",
                // the open data (issue 20): the same for every caller, public pledges and announced members only
                "/api/v1/exports/iati/activities.xml", "/api/v1/exports/flows.csv", "/api/v1/exports/flows.json",
                "/api/v1/exports/iati/organisations/GB.xml", "/api/v1/exports/iati/organisations/FR.xml"));
        for (String grouping : GROUPINGS) {
            for (String currency : CURRENCIES) {
                exports.add("/api/v1/funding/summary?groupBy=" + grouping + "&currency=" + currency);
                exports.add("/api/v1/funding/pledges?groupBy=" + grouping + "&currency=" + currency);
            }
        }
        // the drill-down of each bloc and year the reader sees, and of the sealed pledge's member
        for (String grouping : List.of("bloc", "year")) {
            for (JsonNode g : Api.get(who, "/api/v1/funding/summary?groupBy=" + grouping).get("groups")) {
                exports.add("/api/v1/funding/pledges?groupBy=" + grouping + "&key="
                        + java.net.URLEncoder.encode(g.get("key").asText(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        exports.add("/api/v1/funding/pledges?groupBy=member&key=GB");
        if (who != ANONYMOUS) {
            exports.add("/api/v1/notifications?limit=200");
            exports.add("/api/v1/registrations");
        }
        for (String export : exports) {
            Http.Reply reply = Api.call(who, "GET", export, null);
            assertTrue(reply.status() < 500, export + " as " + who.column + ": " + reply.status());
            scan.channel("export " + export, reply.body());
        }
        List<Mailbox.Message> mail = who == ANONYMOUS ? List.of() : Mailbox.to(who.email());
        for (int i = 0; i < mail.size(); i++) {
            scan.channel("e-mail " + i + " to " + mail.get(i).recipient() + ": " + mail.get(i).subject(), mail.get(i).text());
        }
        String path = who == GOV_GB ? "/gb" : who == ORGANISER ? "/organiser" : null;
        List<WebhookReceiver.Delivery> deliveries = receiver.deliveries().stream().filter(d -> d.path().equals(path)).toList();
        for (int i = 0; i < deliveries.size(); i++) {
            scan.channel("webhook delivery " + i + " to " + path, deliveries.get(i).body());
        }
        int channels = scan.channels();
        System.out.printf("ConfidentialityIT: %s: %d secrets in %d channels: %d pages (%d in each of 4 languages), %d exports,"
                + " %d e-mails, %d webhook deliveries%n", who.column, scan.secrets(), channels, pages, english.size(),
                exports.size(), mail.size(), deliveries.size());
        return scan;
    }

    /**
     * What {@code who} may not know: the sealed pledge (GB's own, so not for gov-gb), the confidential
     * member (organisers and admins may name it; gov-gb reads the amount of its share in their joint pledge,
     * which the pledge's amount holds anyway, but not whose it is), GB's share of the joint pledge (gov-gb's own) and the
     * members-only description (governments and organisers are members).
     */
    private static LeakScan secretsFor(Callers who) {
        LeakScan scan = new LeakScan();
        if (who != GOV_GB) {
            scan.secret(sealed).secret(SEALED_NOTE).secret(SEALED_TARGET).secret(SEALED_TARGET_NAME)
                    .amount(new BigDecimal(SEALED_GBP)).amount(SEALED_USD).amount(SEALED_USD.multiply(new BigDecimal("0.92")));
        }
        if (who != ORGANISER) {
            scan.secret(confidentialPledge).secret(CONFIDENTIAL_NAME).secretWord(confidentialCode).countryNames(confidentialCode);
            for (String eur : List.of(CONFIDENTIAL_EUR, JOINT_CONFIDENTIAL_EUR)) {
                if (who != GOV_GB || eur.equals(CONFIDENTIAL_EUR)) {
                    scan.amount(new BigDecimal(eur)); // GB reads the other share of its joint pledge, not whose it is
                }
                scan.amount(converted(eur, "USD"));
            }
            scan.amount(converted(CONFIDENTIAL_EUR, "USD").add(converted(JOINT_CONFIDENTIAL_EUR, "USD")));
            scan.amount(new BigDecimal(CONFIDENTIAL_EUR).add(new BigDecimal(JOINT_CONFIDENTIAL_EUR)));
            if (who != GOV_GB) {
                scan.secret(jointPledge).secret("Quiet fund " + UNIQ).amount(new BigDecimal(JOINT_GB_EUR))
                        .amount(converted(JOINT_GB_EUR, "USD"));
            }
        }
        if (who == ANONYMOUS || who == CSO_A || who == CSO_B) {
            scan.secret(HIDDEN_WORD);
        }
        return scan;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String subscribe(Callers owner, String path, String categories) {
        return Api.expect(owner, "POST", "/api/v1/webhooks",
                "{\"url\": \"" + receiver.url(path) + "\", \"categories\": " + categories + "}", 201).get("secret").asText();
    }

    private static List<WebhookReceiver.Delivery> announcementsOf(String pledge) {
        return receiver.deliveries().stream().filter(d -> d.body().contains("org.iccsp.pledges.pledge.announced.v1")
                && pledge.equals(d.event().at("/data/pledgeId").asText())).toList();
    }

    private static List<WebhookReceiver.Delivery> releases() {
        return receiver.deliveries().stream().filter(d -> d.body().contains("org.iccsp.pledges.embargo.released.v1")
                && embargo.equals(d.event().at("/data/embargoId").asText())).toList();
    }

    private static boolean listed(Callers who, String listing, String id) {
        for (JsonNode item : Api.get(who, listing)) {
            if (id.equals(item.get("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, JsonNode> totals(Callers who) {
        Map<String, JsonNode> byGrouping = new HashMap<>();
        for (String grouping : GROUPINGS) {
            byGrouping.put(grouping, Api.get(who, "/api/v1/funding/summary?currency=USD&groupBy=" + grouping));
        }
        return byGrouping;
    }

    private static JsonNode group(JsonNode summary, String key) {
        for (JsonNode g : summary.get("groups")) {
            if (key.equals(g.get("key").asText())) {
                return g;
            }
        }
        return Http.JSON.createObjectNode().put("announced", "0.00");
    }

    private static BigDecimal amount(JsonNode value) {
        return new BigDecimal(value.asText());
    }

    private static void assertNoMessageMentions(String marker) {
        for (Mailbox.Message m : Mailbox.all()) {
            assertFalse(m.text().contains(marker), marker + " in an email to " + m.recipient() + ": " + m.subject());
        }
    }
}
