package org.iccsp.gateway.web.admin;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.common.CsrfField;
import org.iccsp.gateway.web.common.Flash;
import org.iccsp.gateway.web.events.RegistrationPagesTest;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = FakeUpstreams.class, initArgs = @ResourceArg(name = FakeUpstreams.PLEDGES_UP, value = "true"))
class AdminPagesTest {
    @Test
    void theAdminPagesNeedASignedInPerson() {
        given().redirects().follow(false).when().get("/admin/verification").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void theVerificationQueueListsWaitingOrganisationsAndSendsDecisions() {
        Response queue = given().when().get("/admin/verification");
        queue.then().statusCode(200).body(allOf(containsString("Pending &lt;Org&gt;"),
                containsString("action=\"/admin/verification/org-p\""),
                containsString("<label for=\"reason-org-p\">")));
        String[] token = CsrfField.read(queue);

        String said = given().redirects().follow(false).cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .formParam("decision", "verify").when().post("/admin/verification/org-p")
                .then().statusCode(303).header("Location", containsString("/admin/verification")).extract().cookie(Flash.COOKIE);
        assertEquals("Verified “Pending <Org>”: it is listed in the directory.",
                java.net.URLDecoder.decode(said, java.nio.charset.StandardCharsets.UTF_8));

        given().cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .formParam("decision", "reject").formParam("reason", "")
                .when().post("/admin/verification/org-p")
                .then().statusCode(400).body(allOf(containsString("role=\"alert\""),
                        containsString("Enter a value."), not(containsString("a rejection needs a reason"))));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void anEmbargoIsReleasedThroughItsConfirmationPageWhichListsWhatItAnnounces() {
        Response page = given().when().get("/admin/embargoes");
        page.then().statusCode(200).body(allOf(containsString("ceasefire &lt;announced&gt;"),
                containsString("<form method=\"get\" action=\"/admin/embargoes/emb-1/release\" id=\"release-form-emb-1\">"),
                not(containsString("<form method=\"post\" action=\"/admin/embargoes/emb-1/release\""))));

        // check your answers: each pledge (member, amount with currency, target, the governments it names), one page
        // of the service at a time (the stand-in answers one pledge a page)
        Response check = given().when().get("/admin/embargoes/emb-1/release");
        check.then().statusCode(200).body(allOf(containsString("Release the embargo “ceasefire &lt;announced&gt;”?"),
                containsString("2 pledges from 3 governments will be announced."),
                containsString("id=\"release-pledges-pl-s1\""), containsString("1,000,000.00 GBP"), containsString("Clinics &lt;north&gt;"),
                containsString("id=\"release-pledges-pl-s2\""), containsString("Water &lt;together&gt;"), containsString("3,000,000.00 EUR"),
                containsString("France, Germany"), containsString("United Kingdom, France, Germany"),
                containsString("<input type=\"hidden\" name=\"version\" value=\"&quot;v0-2&quot;\">"),
                containsString("id=\"confirm-release\""), containsString("<a href=\"/admin/embargoes\" id=\"cancel-release\"")));
        String[] token = CsrfField.read(check);

        // a view from before pledges were sealed or withdrawn is refused and the list shown again
        given().cookie("csrf-token", token[2]).formParams(CsrfField.fields(token)).formParam("version", "\"v0-1\"")
                .when().post("/admin/embargoes/emb-1/release")
                .then().statusCode(412).body(allOf(containsString("changed since you opened this page"),
                        containsString("id=\"confirm-release\"")));

        // nor is a version the page did not give (here one HTTP could not even carry as If-Match)
        given().cookie("csrf-token", token[2]).formParams(CsrfField.fields(token)).formParam("version", "\"v0-2\"\r\nX-Evil: 1")
                .when().post("/admin/embargoes/emb-1/release")
                .then().statusCode(412).body(containsString("id=\"confirm-release\""));

        var done = given().redirects().follow(false).cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .formParam("version", "\"v0-2\"").when().post("/admin/embargoes/emb-1/release").then().statusCode(303)
                .header("Location", containsString("/admin/embargoes")).extract();
        String said = java.net.URLDecoder.decode(done.cookie(Flash.COOKIE), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("Released the embargo “ceasefire <announced>”: 2 pledges from 3 governments are now announced.", said);

        // the released embargo keeps what it released, when and by whom
        given().cookie(Flash.COOKIE, done.cookie(Flash.COOKIE)).when().get("/admin/embargoes").then().statusCode(200)
                .body(allOf(containsString("id=\"flash\""), containsString("2 pledges from 3 governments are now announced."),
                        containsString("id=\"released-emb-1\""), containsString("Friday, May 1, 2026 at 10:00 UTC"),
                        containsString("<bdi>admin-carol</bdi>"), containsString("id=\"released-pledges-emb-1-pl-s1\""),
                        containsString("id=\"released-pledges-emb-1-pl-s2\""),
                        not(containsString("action=\"/admin/embargoes/emb-1/release\""))));
        // a released embargo has nothing left to confirm
        given().redirects().follow(false).when().get("/admin/embargoes/emb-1/release").then().statusCode(303);
        given().cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .when().post("/admin/embargoes/emb-1/release")
                .then().statusCode(409).body(containsString("This was already released."));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void theReleaseSentenceTakesEachLanguagesPluralForms() {
        var m = org.iccsp.gateway.web.common.Sentences.in("ar");
        String pattern = m.releasedSaid();
        assertEquals("رُفع الحظر «g7»: أُعلن الآن تعهد واحد من حكومة واحدة.", say(pattern, "ar", 1, 1));
        assertEquals("رُفع الحظر «g7»: أُعلن الآن تعهدان من حكومتين.", say(pattern, "ar", 2, 2));
        assertTrue(say(pattern, "ar", 3, 3).matches("رُفع الحظر «g7»: أُعلنت الآن \\S+ تعهدات من \\S+ حكومات\\."), say(pattern, "ar", 3, 3));
        assertTrue(say(pattern, "ar", 11, 2).contains("تعهدًا من حكومتين"), say(pattern, "ar", 11, 2));
        assertTrue(say(pattern, "ar", 100, 2).matches(".*أُعلن الآن \\S+ تعهد من حكومتين\\."), say(pattern, "ar", 100, 2));
        assertEquals("رُفع الحظر «g7»: لم يكن أي تعهد بانتظاره.", say(pattern, "ar", 0, 0));
        String he = org.iccsp.gateway.web.common.Sentences.in("he").releasedSaid();
        assertEquals("האמברגו „g7” שוחרר: התחייבות אחת מממשלה אחת הוכרזה כעת.", say(he, "he", 1, 1));
        assertEquals("האמברגו „g7” שוחרר: שתי התחייבויות משתי ממשלות הוכרזו כעת.", say(he, "he", 2, 2));
        assertEquals("האמברגו „g7” שוחרר: 5 התחייבויות מ־3 ממשלות הוכרזו כעת.", say(he, "he", 5, 3));
        String fr = org.iccsp.gateway.web.common.Sentences.in("fr").releasedSaid();
        assertEquals("Embargo « g7 » levé : 1 engagement de 1 gouvernement est désormais annoncé.", say(fr, "fr", 1, 1));
        assertEquals("Embargo « g7 » levé : 3 engagements de 2 gouvernements sont désormais annoncés.", say(fr, "fr", 3, 2));
        String en = org.iccsp.gateway.web.common.Sentences.in("en").releasedSaid();
        assertEquals("Released the embargo “g7”: 1 pledge from 1 government is now announced.", say(en, "en", 1, 1));
    }

    private static String say(String pattern, String lang, int pledges, int governments) {
        return org.iccsp.gateway.web.common.Sentences.say(pattern, lang, "name", "g7", "pledges", pledges, "governments", governments);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void anAdminCreatesAnEmbargoAndAnInvalidNameIsNamedOnTheForm() {
        Response page = given().when().get("/admin/embargoes");
        page.then().statusCode(200).body(containsString("id=\"embargo-form\""));
        given().redirects().follow(false).cookie("csrf-token", CsrfField.read(page)[2])
                .formParams(CsrfField.fields(CsrfField.read(page))).formParam("name", "G7 Summit")
                .when().post("/admin/embargoes")
                .then().statusCode(400).body(allOf(containsString("href=\"#name\""), containsString("value=\"G7 Summit\"")));
        String said = RegistrationPagesTest.withCsrf(page).formParam("name", "g7-summit").formParam("releaseAt", "2026-06-15T12:00")
                .queryParam("lang", "he").when().post("/admin/embargoes").then().statusCode(303).extract().cookie(Flash.COOKIE);
        assertEquals("האמברגו „g7-summit” נוצר.", java.net.URLDecoder.decode(said, java.nio.charset.StandardCharsets.UTF_8));
        // the stand-in answers two embargoes a page: the new one is on the second, which the desk follows
        given().when().get("/admin/embargoes").then().statusCode(200)
                .body(allOf(containsString("<th scope=\"row\"><bdi>g7-summit</bdi></th>"), containsString("2026-06-15T12:00:00Z"),
                        containsString("g7-ministerial")));
    }
}
