package org.iccsp.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class ProfilePagesTest {
    @Test
    @TestSecurity(user = "cso-user", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = "org-cso"))
    void aCsoEditsItsProfileAndTheVisibilityOfItsFields() {
        Response editor = given().when().get("/my/organization");
        editor.then().statusCode(200).body(allOf(
                containsString("value=\"Olive Branch\""),
                containsString("<input id=\"nameAr\" name=\"nameAr\" lang=\"ar\" dir=\"rtl\""),
                // the organisation's choice and the directory's defaults are preselected
                containsString("name=\"visibility.city\" value=\"members\" id=\"visibility-city-members\" checked"),
                containsString("name=\"visibility.contactEmail\" value=\"members\" id=\"visibility-contactEmail-members\" checked"),
                containsString("name=\"visibility.website\" value=\"public\" id=\"visibility-website-public\" checked")));
        String[] token = CsrfField.read(editor);

        given().redirects().follow(false).cookie("csrf-token", token[2])
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam(token[0], token[1])
                .formParam("nameEn", "Olive Branch").formParam("nameAr", "غصن الزيتون").formParam("city", "")
                .formParam("website", "https://olive.example").formParam("publicListing", "on")
                .formParam("visibility.website", "private").formParam("visibility.city", "public")
                .when().post("/my/organization")
                .then().statusCode(303).header("Location", containsString("/my/organization?saved=true"));

        String saved = given().queryParam("saved", "true").when().get("/my/organization").then().statusCode(200)
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(saved, allOf(
                containsString("<p role=\"status\">Saved.</p>"),
                containsString("value=\"غصن الزيتون\""),
                containsString("value=\"https://olive.example\""),
                not(containsString("Ramallah")),
                containsString("id=\"publicListing\" name=\"publicListing\" type=\"checkbox\" checked"),
                containsString("name=\"visibility.website\" value=\"private\" id=\"visibility-website-private\" checked"),
                containsString("name=\"visibility.city\" value=\"public\" id=\"visibility-city-public\" checked")));
    }

    @Test
    @TestSecurity(user = "cso-user", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = "org-cso"))
    void theDirectorysRefusalIsShownOnTheFormWithWhatWasTyped() {
        String[] token = CsrfField.read(given().when().get("/my/organization"));
        given().cookie("csrf-token", token[2]).formParam(token[0], token[1])
                .formParam("nameEn", "Olive <Branch>").formParam("website", "olive.example")
                .when().post("/my/organization")
                .then().statusCode(400).body(allOf(containsString("website: must be an http(s) URL"),
                        containsString("value=\"Olive &lt;Branch&gt;\""), containsString("value=\"olive.example\"")));
    }

    @Test
    @TestSecurity(user = "someone")
    void anAccountWithoutAnOrganisationGetsANotFoundPage() {
        given().when().get("/my/organization").then().statusCode(404);
    }
}
