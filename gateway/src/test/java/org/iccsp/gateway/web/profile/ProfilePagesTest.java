package org.iccsp.gateway.web.profile;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.events.RegistrationPagesTest;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class ProfilePagesTest {
    @Test
    @TestSecurity(user = "cso-user", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = "org-cso"))
    void aCsoEditsItsProfileContactsListsAndTheVisibilityOfItsFields() {
        Response editor = given().when().get("/my/organization");
        editor.then().statusCode(200).body(allOf(
                containsString("value=\"Olive Branch\""),
                containsString("<input id=\"nameAr\" name=\"nameAr\" lang=\"ar\" dir=\"rtl\""),
                containsString("id=\"sector-health\" name=\"sectors\" value=\"health\" checked"),
                containsString("id=\"contacts-0-name\" name=\"contacts-0-name\" maxlength=\"120\" dir=\"auto\" value=\"Rana &lt;R&gt;\""),
                // one contact and two blank rows
                containsString("id=\"contacts-2-phone\""), not(containsString("id=\"contacts-3-name\"")),
                // the organisation's choice and the directory's defaults are preselected
                containsString("name=\"visibility.city\" value=\"members\" id=\"visibility-city-members\" checked"),
                containsString("name=\"visibility.contactEmail\" value=\"members\" id=\"visibility-contactEmail-members\" checked"),
                containsString("name=\"visibility.website\" value=\"public\" id=\"visibility-website-public\" checked")));

        String flash = RegistrationPagesTest.withCsrf(editor)
                .formParam("legalName", "Olive Branch").formParam("type", "ngo").formParam("country", "ps")
                .formParam("contactEmail", "info@olive.example")
                .formParam("nameEn", "Olive Branch").formParam("nameAr", "غصن الزيتون").formParam("city", "")
                .formParam("website", "https://olive.example").formParam("publicListing", "on")
                .formParam("sectors", "health").formParam("sectors", "education")
                .formParam("languages", "ar, HE en").formParam("networks", "ALLMEP, Peace NGOs Forum")
                .formParam("registryIds", "PS-MOI-1234\r\nGB-CHC-1000")
                .formParam("contacts-0-name", "Rana").formParam("contacts-0-role", "director")
                .formParam("contacts-1-name", "Yossi").formParam("contacts-1-email", "yossi@olive.example")
                .formParam("contacts-1-phone", "+972 2 555 0100")
                .formParam("visibility.website", "private").formParam("visibility.city", "public")
                .when().post("/my/organization")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/my/organization"))
                .extract().cookie(org.iccsp.gateway.web.common.Flash.COOKIE);
        org.junit.jupiter.api.Assertions.assertTrue(java.net.URLDecoder.decode(flash, java.nio.charset.StandardCharsets.UTF_8)
                .matches("Saved the profile of “.+”\\."), flash);

        String saved = given().cookie(org.iccsp.gateway.web.common.Flash.COOKIE, flash).when().get("/my/organization")
                .then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(saved, allOf(
                containsString("id=\"flash\">Saved the profile of"),
                containsString("value=\"غصن الزيتون\""),
                containsString("value=\"https://olive.example\""),
                not(containsString("Ramallah")),
                containsString("id=\"sector-education\" name=\"sectors\" value=\"education\" checked"),
                containsString("value=\"ar, he, en\""),
                containsString("value=\"ALLMEP, Peace NGOs Forum\""),
                containsString(">PS-MOI-1234\nGB-CHC-1000</textarea>"),
                containsString("value=\"yossi@olive.example\""), containsString("value=\"+972 2 555 0100\""),
                containsString("id=\"publicListing\" name=\"publicListing\" type=\"checkbox\" checked"),
                containsString("name=\"visibility.website\" value=\"private\" id=\"visibility-website-private\" checked"),
                containsString("name=\"visibility.city\" value=\"public\" id=\"visibility-city-public\" checked")));
    }

    @Test
    @TestSecurity(user = "cso-user", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = "org-cso"))
    void theDirectorysRefusalIsShownOnTheFormWithWhatWasTypedLinkedToTheField() {
        Response editor = given().when().get("/my/organization");
        RegistrationPagesTest.withCsrf(editor).formParam("legalName", "Olive Branch").formParam("nameEn", "Olive <Branch>")
                .formParam("website", "olive.example")
                .when().post("/my/organization")
                .then().statusCode(400).body(allOf(containsString("<a href=\"#website\">Website</a>: Enter a web address starting with https://."),
                        containsString("href=\"#website\""),
                        containsString("value=\"Olive &lt;Branch&gt;\""), containsString("value=\"olive.example\"")));
        RegistrationPagesTest.withCsrf(editor).formParam("legalName", "Olive Branch")
                .formParam("contacts-0-name", "Rana").formParam("contacts-0-email", "not-an-address")
                .when().post("/my/organization")
                .then().statusCode(400).body(allOf(containsString("href=\"#contacts-0-email\""),
                        containsString("value=\"not-an-address\"")));
        RegistrationPagesTest.withCsrf(editor).formParam("legalName", "Olive Branch").formParam("languages", "arabic")
                .when().post("/my/organization")
                .then().statusCode(400).body(containsString("href=\"#languages\""));
    }

    @Test
    @TestSecurity(user = "new-cso", roles = "cso")
    @OidcSecurity(claims = {@Claim(key = "organization_id", value = "org-new"), @Claim(key = "email", value = "hello@new.example")})
    void aCsoWhoseOrganisationIsNotListedRegistersIt() {
        Response form = given().when().get("/my/organization");
        form.then().statusCode(200).body(allOf(containsString("<h1>Register my organisation</h1>"),
                containsString("action=\"/my/organization/register\""), containsString("value=\"hello@new.example\"")));
        RegistrationPagesTest.withCsrf(form).formParam("legalName", "New Dawn").formParam("type", "ngo")
                .formParam("country", "IL").formParam("contactEmail", "hello@new.example")
                .when().post("/my/organization/register")
                .then().statusCode(400).body(containsString("href=\"#sectors\""));
        RegistrationPagesTest.withCsrf(form).formParam("legalName", "New Dawn").formParam("type", "ngo")
                .formParam("country", "IL").formParam("contactEmail", "hello@new.example").formParam("sectors", "education")
                .when().post("/my/organization/register").then().statusCode(303);
        given().when().get("/my/organization").then().statusCode(200).body(allOf(
                containsString("<h1>My organisation&#39;s profile</h1>"), containsString("pending verification")));
    }

    @Test
    @TestSecurity(user = "someone")
    void anAccountWithoutAnOrganisationGetsANotFoundPage() {
        given().when().get("/my/organization").then().statusCode(404);
    }
}
