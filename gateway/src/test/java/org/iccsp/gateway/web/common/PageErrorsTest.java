package org.iccsp.gateway.web.common;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.session.SessionBoundForms;
import org.iccsp.gateway.web.events.RegistrationPagesTest;
import org.iccsp.gateway.web.i18n.ErrorMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader sent that a service refuses is a 4xx page in the reader's language that says what was
 * wrong (never an outage page, never a 500), in words: no field key, Java type, id or English sentence
 * from the service.
 */
@QuarkusTest
@WithTestResource(value = FakeUpstreams.class, initArgs = @ResourceArg(name = FakeUpstreams.PLEDGES_UP, value = "true"))
class PageErrorsTest {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
    /** What services say, which must never reach a page. */
    private static final List<String> DEVELOPER_TEXT = List.of("ISO 3166", "must be", "this service issued", "BigDecimal",
            "size must", "country:", "cursor:", "amount:", ">amount<", ">country<", ">cursor<", "session s-1", "Temporarily unavailable",
            "already have a place in session");

    private static ErrorMessages err(String lang) {
        return MessageBundles.get(ErrorMessages.class, Localized.Literal.of(lang));
    }

    private static void assertNoDeveloperText(String page) {
        for (String text : DEVELOPER_TEXT) {
            assertFalse(page.contains(text), () -> "the page shows the developer text \"" + text + "\":\n" + page);
        }
        DeveloperText.assertNone(page); // nor a UUID, a Java type, a field key, English on another language's page
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "he"})
    void aFilterOrCursorTheDirectoryRefusesIsA400PageSayingWhatWasWrong(String lang) {
        String page = given().queryParam("lang", lang).queryParam("country", "Palestine").when().get("/directory")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"" + lang + "\""), containsString("role=\"alert\""),
                        containsString(err(lang).fieldCountry()), containsString(escaped(err(lang).country()))))
                .extract().asString();
        assertNoDeveloperText(page);
        page = given().queryParam("lang", lang).queryParam("cursor", "zzz").when().get("/directory")
                .then().statusCode(400).body(containsString(err(lang).fieldCursor())).extract().asString();
        assertNoDeveloperText(page);
    }

    @Test
    void anAddressThatNamesNothingIsNotFoundAndOnlyAFailingServiceIsAnOutage() {
        given().when().get("/events/not-a-uuid").then().statusCode(404).body(containsString("<h1>Not found</h1>"));
        given().when().get("/events/broken").then().statusCode(503).body(containsString("Temporarily unavailable"));
    }

    @Test
    void aServiceAnswerThatIsNoJsonIsAnOutageNotTheReadersFault() {
        given().when().get("/directory/org-garbled").then().statusCode(503)
                .body(containsString("Temporarily unavailable"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "he"})
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void aRefusedFieldIsNamedInTheSummaryAndNextToTheFieldInThePagesLanguage(String lang) {
        Response form = given().queryParam("lang", lang).when().get("/my/pledges/new");
        String page = RegistrationPagesTest.withCsrf(form).queryParam("lang", lang).formParam("amount", "ten thousand")
                .formParam("currency", "EUR").formParam("valueDate", "2026-06-01").formParam("target-kind", "cso-project")
                .formParam("target-ref", "prj-9")
                .when().post("/my/pledges")
                .then().statusCode(400).body(allOf(
                        containsString("<a href=\"#amount\">" + err(lang).fieldAmount() + "</a>"),
                        containsString("<p class=\"field-error\" id=\"amount-error\">"),
                        containsString("aria-invalid=\"true\" aria-describedby=\"amount-error\""),
                        containsString("value=\"ten thousand\""))) // the form again, with what was typed
                .extract().asString();
        assertNoDeveloperText(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\n", "\r\n", "\u0000", "\u202E", "LONG"})
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void anIdempotencyKeyTheFormDidNotMakeShowsTheFormAgainNever500(String bad) {
        Response form = given().when().get("/my/pledges/new");
        String key = "LONG".equals(bad) ? "x".repeat(300) : "key" + bad + "1";
        String page = RegistrationPagesTest.withCsrf(form).formParam("idempotencyKey", key)
                .formParam("amount", "100").formParam("currency", "EUR").formParam("valueDate", "2026-06-01")
                .formParam("target-kind", "cso-project").formParam("target-ref", "prj-9")
                .when().post("/my/pledges")
                .then().statusCode(400).body(allOf(containsString(err("en").reasonFormExpired()), containsString("id=\"pledge-form\"")))
                .extract().asString();
        Matcher fresh = IDEMPOTENCY_KEY.matcher(page);
        assertTrue(fresh.find());
        assertTrue(fresh.group(1).matches("[0-9a-f-]{36}"), "a fresh key to send the form again with");
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void amountsAreReadTheWayThePagesLanguageWritesThem() {
        Response form = given().queryParam("lang", "fr").when().get("/my/pledges/new");
        String location = RegistrationPagesTest.withCsrf(form).queryParam("lang", "fr").formParam("amount", "1 000 000,50")
                .formParam("currency", "EUR").formParam("valueDate", "2026-06-01").formParam("target-kind", "cso-project")
                .formParam("target-ref", "prj-9").formParam("target-name", "Écoles")
                .when().post("/my/pledges").then().statusCode(303).extract().header("Location");
        given().queryParam("lang", "en").when().get(location.replaceFirst("^https?://[^/]+", ""))
                .then().statusCode(200).body(containsString("1,000,000.50"));
        form = given().queryParam("lang", "ar").when().get("/my/pledges/new");
        RegistrationPagesTest.withCsrf(form).queryParam("lang", "ar").formParam("amount", "٢٥٠٬٠٠٠")
                .formParam("currency", "EUR").formParam("valueDate", "2026-06-01").formParam("target-kind", "cso-project")
                .formParam("target-ref", "prj-9")
                .when().post("/my/pledges").then().statusCode(303);
        form = given().queryParam("lang", "en").when().get("/my/pledges/new");
        RegistrationPagesTest.withCsrf(form).formParam("amount", "1,000,000")
                .formParam("currency", "EUR").formParam("valueDate", "2026-06-01").formParam("target-kind", "cso-project")
                .formParam("target-ref", "prj-9")
                .when().post("/my/pledges").then().statusCode(303);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "he"})
    @TestSecurity(user = "alice")
    void aRefusalWithoutFieldsSaysWhyInThePagesLanguage(String lang) {
        Response page = given().queryParam("lang", lang).when().get("/my/registrations/reg-8");
        RegistrationPagesTest.withCsrf(page).when().post("/my/registrations/reg-8/sessions/s-1/join"); // may already hold it
        String refused = RegistrationPagesTest.withCsrf(page).queryParam("lang", lang)
                .when().post("/my/registrations/reg-8/sessions/s-1/join")
                .then().statusCode(409).body(containsString(escaped(err(lang).reasonPlaceTaken()))).extract().asString();
        assertNoDeveloperText(refused);
        RegistrationPagesTest.withCsrf(page).when().post("/my/registrations/reg-8/sessions/s-1/leave");
    }

    @Test
    @TestSecurity(user = "cso-user", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = "org-cso"))
    void aFormTakesTextsAsLongAsTheApiTakesAndAnOversizedFormIsA413PageInWords() {
        Response editor = given().when().get("/my/organization");
        // 5,000 Arabic letters (10,000 bytes): what the directory takes for a description
        RegistrationPagesTest.withCsrf(editor).formParam("legalName", "Olive Branch").formParam("description", "س".repeat(5000))
                .formParam("sectors", "education")
                .when().post("/my/organization").then().statusCode(303);
        given().cookie("lang", "fr").redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("legalName", "Olive Branch").formParam("description", "x".repeat(100_000))
                .when().post("/my/organization")
                .then().statusCode(413).contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"fr\""), containsString(escaped(err("fr").reasonTooLarge()))));
    }

    @Test
    @TestSecurity(user = "bob", roles = "organizer")
    void aFormBoundToAnotherSessionIsRefused() {
        Response desk = given().when().get("/organiser/new-event");
        String[] token = CsrfField.read(desk);
        String alices = SessionBoundForms.token("test-only-session-secret-not-for-any-deployment",
                QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("alice")).build());
        assertNotEquals(alices, token[3]);
        given().redirects().follow(false).cookie("csrf-token", token[2]).formParam(token[0], token[1])
                .formParam("csrf-session", alices).formParam("title", "Stolen form")
                .when().post("/organiser/new-event").then().statusCode(400).body(containsString("not shown to your session"));
        given().redirects().follow(false).cookie("csrf-token", token[2]).formParam(token[0], token[1])
                .formParam("title", "No binding")
                .when().post("/organiser/new-event").then().statusCode(400);
        // the same form with bob's own binding reaches the page (which shows the events-service's answer)
        given().redirects().follow(false).cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .formParam("title", "Bob's form")
                .when().post("/organiser/new-event").then().body(not(containsString("not shown to your session")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "organizer")
    void aFormTokenThatIsNotBase64IsAnExpiredFormPageNotA500() {
        Response desk = given().when().get("/organiser/new-event");
        String[] token = CsrfField.read(desk);
        for (String bad : new String[] {"Palestine", "%", "a", "\u202e"}) {
            given().cookie("lang", "ar").redirects().follow(false).cookie("csrf-token", token[2])
                    .formParam(token[0], bad).formParam("csrf-session", token[3]).formParam("title", "Forged")
                    .when().post("/organiser/new-event")
                    .then().statusCode(400).contentType(containsString("text/html"))
                    .body(allOf(containsString("<html lang=\"ar\""), containsString(escaped(err("ar").reasonFormExpired()))));
        }
    }

    @Test
    @TestSecurity(user = "alice")
    void signingOutIsAskedOnGetAndDoneOnlyByAPostWithTheFormsTokens() {
        Response ask = given().when().get("/logout");
        ask.then().statusCode(200).body(allOf(containsString("id=\"sign-out-form\""), containsString("method=\"post\""),
                containsString("action=\"/logout\""), containsString("name=\"csrf-session\"")));
        assertEquals(null, ask.getCookie("q_session"), "asking changes nothing");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .when().post("/logout").then().statusCode(400);
        RegistrationPagesTest.withCsrf(ask).when().post("/logout").then().statusCode(303);
    }

    @Test
    void namesPeopleWroteAreIsolatedSoTheyCannotTurnTheTextAroundThem() {
        given().when().get("/directory").then().statusCode(200)
                .body(allOf(containsString("<a href=\"/directory/org-1\"><bdi>"), containsString("<bdi>Palestinian Territories</bdi>")));
        given().when().get("/events").then().statusCode(200)
                .body(containsString("<a href=\"/events/ev-1\"><bdi>Leaders&#39; Convening</bdi></a>"));
        given().when().get("/directory/org-1").then().statusCode(200)
                .body(allOf(containsString("<h1><bdi>"), not(containsString("<h1>&lt;script"))));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
