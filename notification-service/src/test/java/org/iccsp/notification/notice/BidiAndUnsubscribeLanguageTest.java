package org.iccsp.notification.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.Records;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.preference.persistence.RecipientPreference;
import org.iccsp.notification.smtp.Mailbox;
import org.iccsp.notification.smtp.Mailbox.Received;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a name people typed cannot reorder the sentence of a notice email around it (bidi isolation in
 * both parts), and the unsubscribe pages speak the recipient's language without ever showing their address.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class BidiAndUnsubscribeLanguageTest {
    static final String RLO = "\u202E";
    static final String FSI = "\u2068";
    static final String PDI = "\u2069";
    /** An event title that, not isolated, would render "…to Evil" + the rest of the sentence reversed. */
    static final String TITLE = "Evil" + RLO + "summit";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static String reader(String language) {
        String reader = "bidi-" + language + "-" + UUID.randomUUID() + "@example.org";
        QuarkusTransaction.requiringNew().run(() -> RecipientPreference.of(reader).language = language);
        return reader;
    }

    static Received invitationTo(TopicProbe kafka, String reader, String title) {
        kafka.sendCloudEvent("events.invitations", "inv", Records.invitation("inv-" + UUID.randomUUID(), "evt-bidi",
                title, reader, "token-" + UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(reader).size() == 1);
        return Mailbox.to(reader).get(0);
    }

    /** Every right-to-left override in the text stands inside an isolate that closes after it. */
    static void assertEveryOverrideIsolated(String text, String open, String close) {
        int at = -1;
        while ((at = text.indexOf(RLO, at + 1)) >= 0) {
            int opened = text.lastIndexOf(open, at);
            int closedBefore = text.lastIndexOf(close, at);
            assertTrue(opened >= 0 && opened > closedBefore && text.indexOf(close, at) > at,
                    "U+202E outside an isolate at " + at + ": " + text);
        }
    }

    @Test
    void aNameCarryingARightToLeftOverrideIsIsolatedInTheTextAndTheHtmlPart() {
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        for (String language : List.of("en", "ar")) {
            String reader = reader(language);
            Received mail = invitationTo(kafka, reader, TITLE);
            // text part: FSI … PDI around the title, the sentence goes on after the PDI
            assertTrue(mail.text().contains(FSI + TITLE + PDI), mail.text());
            assertEveryOverrideIsolated(mail.text(), FSI, PDI);
            if (language.equals("en")) {
                assertTrue(mail.text().contains("You are invited to " + FSI + TITLE + PDI + ". Accept the invitation"),
                        mail.text());
            }
            // HTML part: <bdi> around the title in the body, nothing else of the sentence inside it; the
            // <title> element holds text only, so FSI … PDI there
            String head = mail.html().substring(0, mail.html().indexOf("<body"));
            String body = mail.html().substring(mail.html().indexOf("<body"));
            assertTrue(body.contains("<bdi>" + TITLE + "</bdi>"), body);
            assertEveryOverrideIsolated(body, "<bdi>", "</bdi>");
            assertFalse(body.contains(FSI), "the body isolates with <bdi>, not with control characters");
            assertTrue(head.contains("<title>") && head.contains(FSI + TITLE + PDI), head);
            assertEveryOverrideIsolated(head, FSI, PDI);
            // the in-app notice is the plain wording, as before
            String inApp = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                    "channel = 'in-app' and recipient = ?1", reader).firstResult().bodyText);
            assertTrue(inApp.contains(TITLE) && !inApp.contains(FSI), inApp);
        }
    }

    @Test
    void namesStayEscapedInsideTheirIsolate() {
        String reader = reader("fr");
        Received mail = invitationTo(new TopicProbe(bootstrapServers), reader, "<b>Paix</b> & " + RLO + "dialogue");
        assertTrue(mail.html().contains("<bdi>&lt;b&gt;Paix&lt;/b&gt; &amp; " + RLO + "dialogue</bdi>"), mail.html());
        assertFalse(mail.html().contains("<b>Paix"), "no markup from the event");
    }

    record Wording(String dir, String question, String willStop, String button, String doneTitle, String doneBody) {
    }

    static final Map<String, Wording> WORDING = Map.of(
            "en", new Wording("ltr", "Stop these emails?", "You will no longer receive emails of the category “Event updates”.",
                    ">Unsubscribe</button>", "<h1>Unsubscribed</h1>", "You can turn them on again in your preferences."),
            "fr", new Wording("ltr", "Ne plus recevoir ces courriels ?",
                    "Vous ne recevrez plus de courriels de la catégorie « Mises à jour des événements ».",
                    ">Se désabonner</button>", "<h1>Désabonnement effectué</h1>", "Vous pouvez les réactiver dans vos préférences."),
            "ar", new Wording("rtl", "هل تريد إيقاف هذه الرسائل؟", "لن تصلك بعد الآن رسائل البريد الإلكتروني من فئة «تحديثات الفعاليات».",
                    ">إلغاء الاشتراك</button>", "<h1>تم إلغاء الاشتراك</h1>", "يمكنك إعادة تفعيلها من تفضيلاتك."),
            "he", new Wording("rtl", "להפסיק לקבל הודעות אלה?", "לא יישלחו אליך עוד הודעות דוא״ל מהקטגוריה „עדכוני אירועים”.",
                    ">ביטול הרשמה</button>", "<h1>ההרשמה בוטלה</h1>", "אפשר להפעיל אותן מחדש בהעדפות שלך."));

    @Test
    void theUnsubscribePagesSpeakTheRecipientsLanguageAndNeverShowTheirAddress() {
        for (Map.Entry<String, Wording> entry : WORDING.entrySet()) {
            String language = entry.getKey();
            Wording w = entry.getValue();
            String reader = reader(language);
            String token = QuarkusTransaction.requiringNew().call(() -> RecipientPreference.of(reader).unsubscribeToken);
            String page = given().queryParam("token", token).queryParam("category", "event-updates")
                    .when().get("/api/v1/preferences/unsubscribe").then().statusCode(200).contentType(ContentType.HTML)
                    .header("Cache-Control", "no-store").extract().asString();
            assertTrue(page.contains("<html lang=\"" + language + "\" dir=\"" + w.dir() + "\">"), language + ": " + page);
            assertTrue(page.contains(w.question()) && page.contains(w.willStop()) && page.contains(w.button()),
                    language + ": " + page);
            assertFalse(page.contains(reader) || page.contains(reader.substring(0, reader.indexOf('@'))),
                    "never the address: " + page);

            String done = given().accept(ContentType.HTML).queryParam("token", token)
                    .queryParam("category", "event-updates").when().post("/api/v1/preferences/unsubscribe")
                    .then().statusCode(200).contentType(ContentType.HTML).extract().asString();
            assertTrue(done.contains("<html lang=\"" + language + "\" dir=\"" + w.dir() + "\">")
                    && done.contains(w.doneTitle()) && done.contains(w.doneBody()), language + ": " + done);
            assertFalse(done.contains(reader.substring(0, reader.indexOf('@'))), "never the address: " + done);

            // once opted out, the confirmation page says so, in the same language, and offers no button
            String again = given().queryParam("token", token).queryParam("category", "event-updates")
                    .when().get("/api/v1/preferences/unsubscribe").then().statusCode(200).extract().asString();
            assertFalse(again.contains("<form"), again);
            assertTrue(again.contains("dir=\"" + w.dir() + "\""), again);
            assertEquals(List.of("event-updates"), QuarkusTransaction.requiringNew().call(
                    () -> List.of(RecipientPreference.<RecipientPreference>findById(reader).optedOut)));
        }
    }

    /** A marker-like private-use character in a name is just text: the name is never confused with wording. */
    @Test
    void privateUseCharactersInANameAreKeptAsTheyAre() {
        String reader = reader("he");
        String title = "\uE000title\uE001 " + RLO + "x";
        Received mail = invitationTo(new TopicProbe(bootstrapServers), reader, title);
        Matcher m = Pattern.compile(FSI + "(.*?)" + PDI).matcher(mail.text());
        assertTrue(m.find(), mail.text());
        assertEquals(title, m.group(1));
    }
}
