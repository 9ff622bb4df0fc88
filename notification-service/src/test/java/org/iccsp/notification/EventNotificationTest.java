package org.iccsp.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.contracts.SealedText;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.preference.persistence.RecipientPreference;
import org.iccsp.notification.projection.persistence.EventProjection;
import org.iccsp.notification.projection.persistence.RegistrationProjection;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.notification.smtp.Mailbox;
import org.iccsp.notification.smtp.Mailbox.Received;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class EventNotificationTest {
    static final String EVENTS = "events.events";
    static final String REGISTRATIONS = "events.registrations";
    static final String INVITATIONS = "events.invitations";
    static final String GROUP = "notification-service";
    static final String CONFIRMED_DELEGATE = "confirmed-delegate@example.org";
    static final String ARABIC_READER = "arabic-reader@example.org";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @org.junit.jupiter.api.BeforeEach
    void pollOnTheTestThread() {
        // the test thread has the request context Panache reads need
        org.awaitility.Awaitility.pollInSameThread();
    }

    static List<Received> mailTo(String address) {
        return Mailbox.to(address);
    }

    static long notices(String channel, String recipient) {
        return Notification.count("channel = ?1 and recipient = ?2", channel, recipient);
    }

    String scheduledEvent(TopicProbe kafka, String title) {
        String eventId = "evt-" + UUID.randomUUID();
        kafka.sendCloudEvent(EVENTS, eventId, Records.event("scheduled", eventId, title,
                "2026-05-10T07:00:00Z", "2026-05-10T15:30:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> EventProjection.findById(eventId) != null);
        return eventId;
    }

    @Test
    @TestSecurity(user = "delegate-1", roles = "government")
    @OidcSecurity(claims = { @Claim(key = "email", value = CONFIRMED_DELEGATE), @Claim(key = "government_code", value = "GB") })
    void aConfirmedRegistrantGetsExactlyOneEmailWithTheCalendarInvitationAndAnInAppNotice() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String eventId = scheduledEvent(kafka, "Water & peace <summit>");
        String registrationId = "reg-" + UUID.randomUUID();
        String confirmed = Records.registration("confirmed", registrationId, eventId, CONFIRMED_DELEGATE);

        kafka.sendCloudEvent(REGISTRATIONS, registrationId, confirmed);
        RecordMetadata redelivery = kafka.sendCloudEvent(REGISTRATIONS, registrationId, confirmed);
        assertTrue(kafka.awaitConsumed(GROUP, redelivery, Duration.ofSeconds(30)));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(CONFIRMED_DELEGATE).size() == 1);
        assertEquals(1, notices(Notification.EMAIL, CONFIRMED_DELEGATE), "one email however often it is delivered");
        assertEquals(1, notices(Notification.IN_APP, CONFIRMED_DELEGATE));
        Received mail = mailTo(CONFIRMED_DELEGATE).get(0);
        assertEquals("Your place is confirmed: Water & peace <summit>", mail.subject());
        assertTrue(mail.html().contains("Water &amp; peace &lt;summit&gt;"), "user-supplied text is escaped");
        assertTrue(mail.text().contains("When: 2026-05-10 10:00 – 2026-05-10 18:30 (Asia/Jerusalem)"), "at the venue: " + mail.text());
        Notification sent = Notification.<Notification>find("channel = ?1 and recipient = ?2", Notification.EMAIL,
                CONFIRMED_DELEGATE).firstResult();
        assertEquals("<" + sent.id + "@iccsp.local>", mail.messageId(), "a stable Message-ID: a resend is recognisable");
        assertEquals("notifications@iccsp.local", mail.from());
        assertTrue(mail.header("List-Unsubscribe").matches(
                "<http://localhost:8080/api/v1/preferences/unsubscribe\\?token=[A-Za-z0-9_-]+&category=registrations>"),
                mail.header("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", mail.header("List-Unsubscribe-Post"), "RFC 8058 one-click");
        assertEquals(1, mail.attachments().size());
        assertEquals("invite.ics", mail.attachments().get(0).fileName());
        assertTrue(mail.attachments().get(0).contentType().replace(" ", "").toLowerCase()
                .matches("text/calendar;.*method=request.*"), mail.attachments().get(0).contentType());
        String ics = mail.attachments().get(0).content(); // as it came over SMTP
        assertTrue(ics.contains("METHOD:REQUEST\r\n"), ics);
        // platform-calendar: the UID of events-service's download of the same registration
        assertTrue(ics.contains("\r\nUID:registration-" + registrationId + "@events.iccsp.org\r\n"), ics);
        assertTrue(ics.contains("\r\nSEQUENCE:0\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART;TZID=Asia/Jerusalem:20260510T100000\r\n"), "the venue's time: " + ics);
        assertTrue(ics.contains("\r\nDTEND;TZID=Asia/Jerusalem:20260510T183000\r\n"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Jerusalem\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Water & peace <summit>\r\n"), ics);
        assertTrue(ics.contains("LOCATION:Jerusalem\\, YMCA\r\n"), "RFC 5545 text escaping: " + ics);

        String id = given().when().get("/api/v1/notifications").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].subject", equalTo("Your place is confirmed: Water & peace <summit>"))
                .body("[0].category", equalTo("registrations"))
                .extract().path("[0].id");
        given().when().post("/api/v1/notifications/" + id + "/read").then().statusCode(204);
        given().queryParam("unread", true).when().get("/api/v1/notifications").then().statusCode(200).body("$", empty());
        given().when().post("/api/v1/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
    }

    @Test
    void waitlistedOfferedAndInvitedPeopleAreToldAndNothingElseIsSent() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String eventId = scheduledEvent(kafka, "Youth dialogue");
        String waiting = "waiting-" + UUID.randomUUID() + "@example.org";
        String offered = "offered-" + UUID.randomUUID() + "@example.org";
        String requested = "requested-" + UUID.randomUUID() + "@example.org";
        String invitee = "invitee-" + UUID.randomUUID() + "@example.org";
        kafka.sendCloudEvent(REGISTRATIONS, "reg-w", Records.registration("waitlisted", "reg-w-" + waiting, eventId, waiting));
        kafka.sendCloudEvent(REGISTRATIONS, "reg-o", Records.registration("offered", "reg-o-" + offered, eventId, offered));
        RecordMetadata last = kafka.sendCloudEvent(REGISTRATIONS, "reg-r",
                Records.registration("requested", "reg-r-" + requested, eventId, requested));
        kafka.sendCloudEvent(INVITATIONS, "inv-1", Records.invitation("inv-" + UUID.randomUUID(), eventId,
                "Youth dialogue", invitee, "tok+en/1"));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(waiting).size() == 1 && mailTo(offered).size() == 1
                && mailTo(invitee).size() == 1);
        assertTrue(mailTo(waiting).get(0).text().contains("number 3 on the waiting list for \u2068Youth dialogue\u2069."),
                "a title is isolated (bidi) in the text part");
        assertTrue(mailTo(offered).get(0).text().contains("held for you until 2026-06-01 12:00 (UTC)"));
        Received invitation = mailTo(invitee).get(0);
        assertEquals("You are invited: Youth dialogue", invitation.subject());
        assertTrue(invitation.text().contains("http://localhost:8080/invitations/accept?token=tok%2Ben%2F1&event=" + eventId),
                invitation.text());
        assertTrue(kafka.awaitConsumed(GROUP, last, Duration.ofSeconds(30)));
        assertEquals(0, notices(Notification.EMAIL, requested), "a request waiting for an organiser is not news");
        assertEquals("requested", RegistrationProjection.<RegistrationProjection>findById("reg-r-" + requested).status);
    }

    @Test
    void aChangeReachesActiveRegistrantsAndACancellationBypassesOptOuts() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String eventId = scheduledEvent(kafka, "Donor briefing");
        String confirmed = "c-" + UUID.randomUUID() + "@example.org";
        String optedOut = "o-" + UUID.randomUUID() + "@example.org";
        String cancelled = "x-" + UUID.randomUUID() + "@example.org";
        String regConfirmed = "reg-" + UUID.randomUUID();
        kafka.sendCloudEvent(REGISTRATIONS, regConfirmed, Records.registration("confirmed", regConfirmed, eventId, confirmed));
        kafka.sendCloudEvent(REGISTRATIONS, "reg-oo", Records.registration("waitlisted", "reg-oo-" + optedOut, eventId, optedOut));
        kafka.sendCloudEvent(REGISTRATIONS, "reg-x", Records.registration("confirmed", "reg-x-" + cancelled, eventId, cancelled));
        kafka.sendCloudEvent(REGISTRATIONS, "reg-x", Records.registration("cancelled", "reg-x-" + cancelled, eventId, cancelled));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            RegistrationProjection x = RegistrationProjection.findById("reg-x-" + cancelled);
            return x != null && "cancelled".equals(x.status) && RegistrationProjection.findById(regConfirmed) != null
                    && RegistrationProjection.findById("reg-oo-" + optedOut) != null;
        }));
        QuarkusTransaction.requiringNew().run(() -> RecipientPreference.of(optedOut).optedOut = new String[] { "event-updates" });

        kafka.sendCloudEvent(EVENTS, eventId, Records.event("changed", eventId, "Donor briefing (new time)",
                "2026-05-11T08:00:00Z", "2026-05-11T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(confirmed).size() == 2);
        Received change = mailTo(confirmed).get(1);
        assertEquals("Event updated: Donor briefing (new time)", change.subject());
        assertTrue(change.text().contains("When: 2026-05-11 11:00 – 2026-05-11 13:00 (Asia/Jerusalem)"), change.text());
        assertTrue(change.html().contains("/api/v1/preferences/unsubscribe?token="), "non-critical mail can be stopped");
        await().atMost(Duration.ofSeconds(10)).until(() -> notices(Notification.IN_APP, optedOut) == 2);
        assertEquals(1, notices(Notification.EMAIL, optedOut), "opted out of event updates: only the waitlist email");
        assertEquals(1, mailTo(cancelled).size(), "a cancelled registration hears nothing more");

        kafka.sendCloudEvent(EVENTS, eventId, Records.event("cancelled", eventId, "Donor briefing (new time)",
                "2026-05-11T08:00:00Z", "2026-05-11T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(optedOut).size() == 2 && mailTo(confirmed).size() == 3);
        Received cancellation = mailTo(optedOut).get(1);
        assertEquals("Event cancelled: Donor briefing (new time)", cancellation.subject());
        assertFalse(cancellation.html().contains("unsubscribe"), "critical mail carries no unsubscribe link");
        String ics = Notification.<Notification>find("channel = 'email' and recipient = ?1 and eventType like ?2",
                confirmed, "%cancelled%").firstResult().attachmentIcs;
        assertTrue(ics.contains("METHOD:CANCEL") && ics.contains("STATUS:CANCELLED") && ics.contains("SEQUENCE:2"), ics);
        assertTrue(ics.contains("\r\nUID:registration-" + regConfirmed + "@events.iccsp.org\r\n"), ics);
        assertEquals(1, mailTo(cancelled).size());
    }

    @Test
    @TestSecurity(user = "reader-ar", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = ARABIC_READER))
    void preferencesChooseTheLanguageAndTheUnsubscribeLinkStopsACategory() {
        given().contentType(ContentType.JSON).body("{\"language\":\"ar\",\"optedOut\":[]}")
                .when().put("/api/v1/preferences").then().statusCode(200).body("language", equalTo("ar"));
        given().contentType(ContentType.JSON).body("{\"language\":\"ar\",\"optedOut\":[\"cancellations\"]}")
                .when().put("/api/v1/preferences").then().statusCode(400)
                .body("errors[0].field", equalTo("optedOut[0]"));
        given().contentType(ContentType.JSON).body("{\"language\":\"de\",\"optedOut\":[]}")
                .when().put("/api/v1/preferences").then().statusCode(400).body("errors[0].field", equalTo("language"));

        TopicProbe kafka = new TopicProbe(bootstrapServers);
        kafka.sendCloudEvent(INVITATIONS, "inv-ar", Records.invitation("inv-" + UUID.randomUUID(), "evt-ar",
                "<b>Gaza</b> & Sderot", ARABIC_READER, "t1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(ARABIC_READER).size() == 1);
        Received mail = mailTo(ARABIC_READER).get(0);
        assertTrue(mail.html().contains("<html lang=\"ar\" dir=\"rtl\">"), mail.html());
        assertTrue(mail.subject().startsWith("أنت مدعو"), mail.subject());
        assertTrue(mail.html().contains("&lt;b&gt;Gaza&lt;/b&gt; &amp; Sderot"), "escaped in Arabic too");

        String link = mail.text().lines().filter(l -> l.contains("/unsubscribe?")).findFirst().orElseThrow();
        String path = link.substring(link.indexOf("/api/v1/preferences/unsubscribe"));
        // GET (a link preview, a mail scanner, the reader) shows a confirmation page and changes nothing
        String page = given().when().get(path).then().statusCode(200).contentType(ContentType.HTML)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .extract().asString();
        assertTrue(page.contains("<form method=\"post\" action=\"?token="), page);
        assertTrue(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "in the recipient's language: " + page);
        assertTrue(page.contains("هل تريد إيقاف هذه الرسائل؟") && page.contains("«الدعوات»"), page);
        assertFalse(page.contains(ARABIC_READER), "the page never shows the recipient's address");
        given().when().get(path).then().statusCode(200);
        given().when().get("/api/v1/preferences").then().statusCode(200).body("optedOut", empty());
        // the page's button (a browser) and RFC 8058 one-click (a mail client) POST to the same address
        String done = given().accept(ContentType.HTML).when().post(path).then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertTrue(done.contains("تم إلغاء الاشتراك") && done.contains("dir=\"rtl\"") && !done.contains(ARABIC_READER), done);
        String oneClick = given().accept(ContentType.JSON).formParam("List-Unsubscribe", "One-Click").when().post(path)
                .then().statusCode(200).body("category", equalTo("invitations"))
                .body("optedOut", contains("invitations")).extract().asString();
        assertFalse(oneClick.contains(ARABIC_READER), oneClick);
        given().when().get("/api/v1/preferences").then().statusCode(200).body("optedOut", contains("invitations"));
        assertTrue(given().when().get(path).then().statusCode(200).extract().asString().contains("لم تعد تصلك رسائل"));
        given().queryParam("token", "forged").queryParam("category", "invitations")
                .when().get("/api/v1/preferences/unsubscribe").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("token", "forged").queryParam("category", "invitations")
                .when().post("/api/v1/preferences/unsubscribe").then().statusCode(404);

        kafka.sendCloudEvent(INVITATIONS, "inv-ar", Records.invitation("inv-" + UUID.randomUUID(), "evt-ar",
                "Second", ARABIC_READER, "t2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notices(Notification.IN_APP, ARABIC_READER) == 2);
        assertEquals(1, notices(Notification.EMAIL, ARABIC_READER), "unsubscribed: the in-app notice only");
    }

    /**
     * "A restart mid-batch": the handler dies after the inbox row and the notices were written but
     * before the commit; the transaction rolls back, the record is retried, and exactly one notice
     * and one email result.
     */
    @Test
    void aCrashAfterTheInboxInsertLeavesExactlyOneEmailAfterTheRetry() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String eventId = scheduledEvent(kafka, "Crash course");
        String email = "crash-" + UUID.randomUUID() + "@example.org";
        String cloudEventId = UUID.randomUUID().toString();
        FailingOnceNotices.CRASH_ONCE.add(cloudEventId);
        String registrationId = "reg-" + UUID.randomUUID();
        RecordMetadata sent = kafka.sendCloudEvent(REGISTRATIONS, registrationId,
                Records.registration(cloudEventId, "confirmed", registrationId, eventId, email));
        assertTrue(kafka.awaitConsumed(GROUP, sent, Duration.ofSeconds(30)));

        assertFalse(FailingOnceNotices.CRASH_ONCE.contains(cloudEventId), "the first attempt crashed");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email).size() == 1);
        assertEquals(1, notices(Notification.EMAIL, email));
        assertEquals(1, notices(Notification.IN_APP, email));
        assertEquals("confirmed", RegistrationProjection.<RegistrationProjection>findById(registrationId).status);
        assertNull(kafka.await(REGISTRATIONS + ".dlq", r -> registrationId.equals(r.key()), 1, Duration.ofSeconds(2))
                .stream().findFirst().orElse(null), "a passing failure is retried, not dead-lettered");
    }

    @Test
    void aRegistrationEventLackingItsIdIsPoisonAndGoesToTheDeadLetterTopic() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String key = "reg-" + UUID.randomUUID();
        String email = "poison-" + UUID.randomUUID() + "@example.org";
        kafka.sendCloudEvent(REGISTRATIONS, key, Records.registration("confirmed", key, "evt-x", email)
                .replace("\"registrationId\":\"" + key + "\",", ""));
        assertEquals(1, kafka.await(REGISTRATIONS + ".dlq", r -> key.equals(r.key()), 1, Duration.ofSeconds(30)).size());
        assertEquals(0, notices(Notification.EMAIL, email), "a poison record writes nothing");
    }

    @Test
    void anInvitationWhoseTokenIsInClearOrDoesNotOpenIsPoisonAndSendsNothing() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String email = "sealed-" + UUID.randomUUID() + "@example.org";
        String clear = "inv-" + UUID.randomUUID();
        String otherKey = "inv-" + UUID.randomUUID();
        String moved = "inv-" + UUID.randomUUID();
        kafka.sendCloudEvent(INVITATIONS, clear, Records.invitationWithToken(clear, "evt-s", "Sealed", email,
                "\"q8Zr0vXcT1mN4bY7kLp2sW9dF3gH6jA5uE0iO\""));
        SealedText unknown = SealedText.seal("retired", new byte[32], "q8Zr0vXcT1mN4bY7kLp2sW9dF3gH6jA5uE0iO", otherKey);
        kafka.sendCloudEvent(INVITATIONS, otherKey, Records.invitationWithToken(otherKey, "evt-s", "Sealed", email,
                "{\"keyId\":\"retired\",\"ciphertext\":\"" + unknown.ciphertext() + "\"}"));
        SealedText forAnother = SealedText.seal("test", Records.SEALING_KEY, "q8Zr0vXcT1mN4bY7kLp2sW9dF3gH6jA5uE0iO", clear);
        kafka.sendCloudEvent(INVITATIONS, moved, Records.invitationWithToken(moved, "evt-s", "Sealed", email,
                "{\"keyId\":\"test\",\"ciphertext\":\"" + forAnother.ciphertext() + "\"}"));
        for (String key : List.of(clear, otherKey, moved)) {
            assertEquals(1, kafka.await(INVITATIONS + ".dlq", r -> key.equals(r.key()), 1, Duration.ofSeconds(30)).size(), key);
        }
        assertEquals(0, notices(Notification.EMAIL, email), "no e-mail from a token that did not open");
    }
}
