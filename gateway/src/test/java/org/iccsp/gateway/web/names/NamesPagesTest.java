package org.iccsp.gateway.web.names;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.common.CountryNames;
import org.iccsp.gateway.web.common.DeveloperText;
import org.iccsp.gateway.web.common.CurrencyNames;
import org.iccsp.gateway.web.common.Plurals;
import org.iccsp.gateway.web.events.RegistrationPagesTest;
import org.iccsp.gateway.web.i18n.ErrorMessages;
import org.iccsp.gateway.web.i18n.NameMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, items 1, 5 and 7 on the pages: no developer text (a field key, a Java type, a UUID, an English sentence
 * on a non-English page) for the refusals people met; names instead of codes (countries, currencies, people,
 * embargoes, targets); counts in each language's plural forms and dates with their weekday.
 */
@QuarkusTest
@WithTestResource(value = FakeUpstreams.class, initArgs = @ResourceArg(name = FakeUpstreams.PLEDGES_UP, value = "true"))
class NamesPagesTest {
    private static void assertNoDeveloperText(String page) {
        DeveloperText.assertNone(page);
    }

    private static ErrorMessages err(String lang) {
        return MessageBundles.get(ErrorMessages.class, Localized.Literal.of(lang));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "he"})
    @TestSecurity(user = "cso-new", roles = "cso")
    @OidcSecurity(claims = {@Claim(key = "organization_id", value = "org-new"), @Claim(key = "email", value = "hello@new.example")})
    void noSectorChosenIsSaidInWordsNotAsTheServicesSizeRule(String lang) {
        Response form = given().queryParam("lang", lang).when().get("/my/organization");
        String page = RegistrationPagesTest.withCsrf(form).queryParam("lang", lang).formParam("legalName", "New Dawn")
                .formParam("type", "ngo").formParam("country", "IL").formParam("contactEmail", "hello@new.example")
                .when().post("/my/organization/register")
                .then().statusCode(400).body(allOf(containsString("href=\"#sectors\""), containsString(escaped(err(lang).between("1", "11")))))
                .extract().asString();
        assertNoDeveloperText(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "he"})
    @TestSecurity(user = "olga", roles = "organizer")
    void anEventWithNoPlaceLeftIsSaidInWordsWithoutItsId(String lang) {
        Response desk = given().queryParam("lang", lang).when().get("/organiser/events/ev-1");
        String page = RegistrationPagesTest.withCsrf(desk).queryParam("lang", lang).formParam("decision", "approve")
                .when().post("/organiser/events/ev-1/registrations/reg-full/decision")
                .then().statusCode(409).body(containsString(escaped(err(lang).reasonNoPlaceLeft()))).extract().asString();
        assertNoDeveloperText(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "he"})
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void aCurrencyThatIsNoCodeIsRefusedInWordsNextToThePicker(String lang) {
        Response form = given().queryParam("lang", lang).when().get("/my/pledges/new");
        String million = switch (lang) { // a million as each language writes it
            case "fr" -> "1 000 000";
            case "ar" -> "١٬٠٠٠٬٠٠٠";
            default -> "1,000,000";
        };
        String page = RegistrationPagesTest.withCsrf(form).queryParam("lang", lang).formParam("amount", million)
                .formParam("currency", "POUNDS").formParam("valueDate", "2026-06-01").formParam("target-kind", "cso-project")
                .formParam("target-ref", "prj-9")
                .when().post("/my/pledges")
                .then().statusCode(400).body(allOf(containsString("id=\"currency-error\""),
                        containsString(escaped(err(lang).currency())),
                        containsString("<option value=\"POUNDS\" selected>POUNDS</option>"))) // what was sent, not cut
                .extract().asString();
        assertNoDeveloperText(page);
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void theFormPicksTheMembersCurrencyAndOffersTargetsByName() {
        given().queryParam("lang", "ar").when().get("/my/pledges/new").then().statusCode(200).body(allOf(
                containsString("<option value=\"GBP\" selected>" + CurrencyNames.of("GBP", "ar") + " (GBP)</option>"),
                containsString("<option value=\"JPY\" >" + CurrencyNames.of("JPY", "ar") + " (JPY)</option>"),
                containsString("list=\"target-choices\""),
                containsString("<option value=\"prj-wells\" label=\"Wells for Jenin · مشروع\" data-kind=\"cso-project\""),
                containsString("<option value=\"wg-water\" label=\"Water and sanitation · فريق عمل · ")));
    }

    @Test
    @TestSecurity(user = "jp-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "JP"))
    void aJapaneseOfficialPledgesInYenByDefault() {
        given().when().get("/my/pledges/new").then().statusCode(200)
                .body(containsString("<option value=\"JPY\" selected>Japanese Yen (JPY)</option>"));
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void aTargetChosenByNameIsSentAsItsReferenceAndThePledgeNamesItsMemberPersonAndEmbargo() {
        Response form = given().when().get("/my/pledges/new");
        String location = RegistrationPagesTest.withCsrf(form).formParam("amount", "٢٥٠٬٠٠٠").formParam("currency", "GBP")
                .formParam("valueDate", "2026-06-01").formParam("target-kind", "common-resource")
                .formParam("target-ref", "Wells for Jenin") // the name as typed in the picker, without the script
                .when().post("/my/pledges").then().statusCode(303).extract().header("Location").replaceFirst("^https?://[^/]+", "");
        Response pledge = given().queryParam("lang", "ar").when().get(location);
        RegistrationPagesTest.withCsrf(pledge).formParam("action", "submit").formParam("embargoId", "emb-g7")
                .when().post(location + "/transitions").then().statusCode(303);
        String page = given().queryParam("lang", "ar").when().get(location).then().statusCode(200).body(allOf(
                containsString("<dd id=\"pledge-member\">" + CountryNames.of("GB", "ar") + "</dd>"),
                containsString("<bdi>Wells for Jenin</bdi>"),
                containsString("<bdi>g7-ministerial</bdi>"),
                containsString("<bdi>Grace Gov</bdi>"),
                not(containsString("prj-wells")), not(containsString("emb-g7<")))).extract().asString();
        assertNoDeveloperText(page);
    }

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    void theCheckInListNamesTheOrganisationNotItsId() {
        String page = given().when().get("/organiser/events/ev-1/sessions/s-1").then().statusCode(200)
                .body(allOf(containsString("<bdi>" + escaped(FakeUpstreams.HOSTILE_NAME) + "</bdi>"), not(containsString("org-1<"))))
                .extract().asString();
        assertNoDeveloperText(page);
    }

    @Test
    void countsTakeEachLanguagesPluralForms() {
        assertEquals("1 place", Plurals.count("places", 1, null, "en"));
        assertEquals("3 places", Plurals.count("places", 3, null, "en"));
        assertEquals("מקום אחד", Plurals.count("places", 1, null, "he"));
        assertEquals("שני מקומות", Plurals.count("places", 2, null, "he"));
        assertEquals("مكانان", Plurals.count("places", 2, null, "ar"));
        assertTrue(Plurals.count("places", 3, null, "ar").endsWith("أماكن"), Plurals.count("places", 3, null, "ar"));
        assertTrue(Plurals.count("places", 11, null, "ar").endsWith("مكانًا"), Plurals.count("places", 11, null, "ar"));
        assertEquals("1 engagement n'a pas encore pu être converti en EUR.", Plurals.count("unconvertedPledges", 1, "EUR", "fr"));
        assertEquals("2 pledges could not be converted to EUR yet.", Plurals.count("unconvertedPledges", 2, "EUR", "en"));
    }

    @Test
    void countriesAndCurrenciesAreNamedInThePagesLanguage() {
        assertEquals("United Kingdom", CountryNames.of("GB", "en"));
        assertEquals("Royaume-Uni", CountryNames.of("gb", "fr"));
        assertEquals("Palestinian Territories", CountryNames.of("PS", "en"));
        assertEquals("PS-GZA", CountryNames.of("PS-GZA", "en"), "not a country code: shown as it came");
        assertEquals("GBP", CurrencyNames.forCountry("GB"));
        assertEquals("EUR", CurrencyNames.forCountry("FR"));
        assertEquals("JPY", CurrencyNames.forCountry("JP"));
        assertEquals("USD", CurrencyNames.forCountry(null));
        assertTrue(CurrencyNames.offered("ILS") && !CurrencyNames.offered("POU") && !CurrencyNames.offered("XAU"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "he"})
    void theFundingDashboardNamesItsGroupsAndCountsInTheLanguagesPlural(String lang) {
        String byMember = given().queryParam("lang", lang).queryParam("groupBy", "member").when().get("/funding")
                .then().statusCode(200).body(allOf(
                        containsString("<bdi>" + CountryNames.of("GB", lang) + "</bdi></a></th>"),
                        containsString("<bdi>" + CountryNames.of("FR", lang) + "</bdi></a></th>"),
                        containsString(escaped(Plurals.count("unconvertedPledges", 2, "USD", lang))),
                        not(containsString("(s)")), not(containsString("<bdi>GB</bdi>")))).extract().asString();
        assertNoDeveloperText(byMember);
        String byEvent = given().queryParam("lang", lang).queryParam("groupBy", "event").when().get("/funding")
                .then().statusCode(200).body(allOf(
                        containsString("<bdi>Leaders&#39; Convening</bdi></a></th>"),
                        containsString("<bdi>" + escaped(chartTexts(lang).noEvent()) + "</bdi></a></th>"),
                        not(containsString(">none<")), not(containsString(">ev-1<")))).extract().asString();
        assertNoDeveloperText(byEvent);
    }

    private static org.iccsp.gateway.web.i18n.ChartMessages chartTexts(String lang) {
        return MessageBundles.get(org.iccsp.gateway.web.i18n.ChartMessages.class, Localized.Literal.of(lang));
    }
}
