package org.iccsp.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class RegistrationPagesTest {
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]+)\"");

    /** The form's hidden CSRF field (name, value) and its cookie, as a browser would keep them. */
    private record Csrf(String field, String value, String cookie) {
    }

    private static Csrf csrfFrom(Response page) {
        Matcher hidden = HIDDEN_TOKEN.matcher(page.asString());
        assertTrue(hidden.find(), "the form carries a CSRF token");
        return new Csrf(hidden.group(1), hidden.group(2), page.cookie("csrf-token"));
    }

    @Test
    void signingInIsNeededToRegister() {
        given().redirects().follow(false).when().get("/events/ev-1/register").then().statusCode(401);
        given().redirects().follow(false).when().get("/my/registrations/reg-1").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "alice")
    void registeringThroughTheFormLeadsToTheRegistrationWithItsCalendarAndCancel() {
        Response form = given().when().get("/events/ev-1/register");
        form.then().statusCode(200).body(allOf(containsString("<label for=\"name\">"),
                containsString("value=\"alice\""), containsString("action=\"/events/ev-1/register\"")));
        Csrf csrf = csrfFrom(form);

        given().redirects().follow(false).cookie("csrf-token", csrf.cookie())
                .formParam(csrf.field(), csrf.value()).formParam("name", "Alice A.")
                .when().post("/events/ev-1/register")
                .then().statusCode(303).header("Location", containsString("/my/registrations/reg-1"));

        Response mine = given().when().get("/my/registrations/reg-1");
        mine.then().statusCode(200).body(allOf(containsString("Alice &lt;A.&gt;"), containsString("confirmed"),
                containsString("href=\"/my/registrations/reg-1/invite.ics\""),
                containsString("action=\"/my/registrations/reg-1/cancel\"")));

        given().when().get("/my/registrations/reg-1/invite.ics").then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .header("Content-Disposition", containsString("attachment"))
                .body(containsString("UID:registration-reg-1@events.iccsp.org"));

        Csrf cancelCsrf = csrfFrom(mine);
        given().redirects().follow(false).cookie("csrf-token", cancelCsrf.cookie())
                .formParam(cancelCsrf.field(), cancelCsrf.value())
                .when().post("/my/registrations/reg-1/cancel")
                .then().statusCode(303);
        given().when().get("/my/registrations/reg-1").then().statusCode(200)
                .body(allOf(containsString("cancelled"), not(containsString("invite.ics")),
                        not(containsString("Cancel my registration"))));
    }

    @Test
    @TestSecurity(user = "alice")
    void theServicesRefusalIsShownOnTheFormNamingTheFieldEscaped() {
        Csrf csrf = csrfFrom(given().when().get("/events/ev-1/register"));
        given().cookie("csrf-token", csrf.cookie()).formParam(csrf.field(), csrf.value()).formParam("name", " ")
                .when().post("/events/ev-1/register")
                .then().statusCode(400)
                .body(allOf(containsString("role=\"alert\""), containsString("href=\"#name\""),
                        containsString("must not be blank &lt;really&gt;")));
    }

    @Test
    @TestSecurity(user = "alice")
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false).formParam("name", "Mallory")
                .when().post("/events/ev-1/register")
                .then().statusCode(400);
    }
}
