package org.iccsp.gateway.web.events;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.common.CsrfField;
import org.iccsp.gateway.web.common.Flash;
import java.util.List;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
public class RegistrationPagesTest {

    public static RequestSpecification withCsrf(Response page) {
        String[] csrf = CsrfField.read(page);
        return given().redirects().follow(false).cookie("csrf-token", csrf[2])
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(CsrfField.fields(csrf));
    }

    @Test
    void signingInIsNeededToRegister() {
        given().redirects().follow(false).when().get("/events/ev-1/register").then().statusCode(401);
        given().redirects().follow(false).when().get("/my/registrations/reg-1").then().statusCode(401);
        given().redirects().follow(false).when().get("/my/registrations").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "alice")
    void registeringThroughTheFormLeadsToTheRegistrationWithItsCalendarLetterAndCancel() {
        Response form = given().when().get("/events/ev-1/register");
        form.then().statusCode(200).body(allOf(containsString("<label for=\"name\">"),
                containsString("value=\"alice\""), containsString("action=\"/events/ev-1/register\"")));

        String registered = withCsrf(form).formParam("name", "Alice A.").when().post("/events/ev-1/register")
                .then().statusCode(303).header("Location", containsString("/my/registrations/reg-1")).extract().cookie(Flash.COOKIE);
        org.junit.jupiter.api.Assertions.assertTrue(java.net.URLDecoder.decode(registered, java.nio.charset.StandardCharsets.UTF_8)
                .matches("You are registered for “.+”: your place is confirmed\\."), registered);

        Response mine = given().when().get("/my/registrations/reg-1");
        mine.then().statusCode(200).body(allOf(containsString("Alice &lt;A.&gt;"), containsString("confirmed"),
                containsString("href=\"/my/registrations/reg-1/invite.ics\""),
                containsString("href=\"/my/registrations/reg-1/letter.pdf\""),
                containsString("<form method=\"get\" action=\"/my/registrations/reg-1/cancel\"")));

        given().when().get("/my/registrations/reg-1/invite.ics").then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .header("Content-Disposition", containsString("attachment"))
                .body(containsString("UID:registration-reg-1@events.iccsp.org"));
        given().when().get("/my/registrations/reg-1/letter.pdf").then().statusCode(200)
                .contentType(containsString("application/pdf"))
                .header("Content-Disposition", containsString("attachment"))
                .body(containsString("%PDF-1.4 letter of reg-1"));

        // check your answers first: the event, when and where, the status, and what cancelling means
        Response check = given().queryParam("returnTo", "registration").when().get("/my/registrations/reg-1/cancel");
        check.then().statusCode(200).body(allOf(containsString("Cancel your registration for"),
                containsString("id=\"cancel-summary\""), containsString("This cannot be undone."),
                containsString("<form method=\"post\" action=\"/my/registrations/reg-1/cancel\" id=\"confirm-cancel-form\">"),
                containsString("id=\"confirm-cancel\""), containsString("href=\"/my/registrations/reg-1\" id=\"keep-registration\"")));
        String said = withCsrf(check).formParam("returnTo", "registration").redirects().follow(false)
                .when().post("/my/registrations/reg-1/cancel").then().statusCode(303)
                .header("Location", containsString("/my/registrations/reg-1")).extract().cookie(Flash.COOKIE);
        org.junit.jupiter.api.Assertions.assertTrue(java.net.URLDecoder.decode(said, java.nio.charset.StandardCharsets.UTF_8)
                .matches("Your registration for “.+” is cancelled\\."), said);
        given().when().get("/my/registrations/reg-1").then().statusCode(200)
                .body(allOf(containsString("cancelled"), not(containsString("invite.ics")),
                        not(containsString("Cancel my registration"))));
    }

    @Test
    @TestSecurity(user = "alice")
    void myRegistrationsListsEachWithItsStatusRankDeadlineAndActions() {
        Response list = given().when().get("/my/registrations");
        list.then().statusCode(200).body(allOf(
                containsString("<caption>My registrations"),
                containsString("href=\"/my/registrations/reg-4\"><bdi>Members briefing</bdi></a>"),
                containsString("a place is offered to you"),
                containsString("datetime=\"2026-04-20T10:00:00Z\""),
                containsString("action=\"/my/registrations/reg-4/accept\""),
                containsString("(number 2 on the waitlist)"),
                containsString("Monday, May 4, 2026 at 09:00 – Tuesday, May 5, 2026 at 17:00 (Italy Time)"),
                containsString(">Monday, April 20, 2026 at 12:00 Italy Time</time>"), // the offer ends at 10:00 UTC: the venue's time
                not(containsString("action=\"/my/registrations/reg-5/accept\""))));
        given().queryParam("status", "waitlisted").when().get("/my/registrations").then().statusCode(200)
                .body(allOf(containsString("id=\"registration-reg-5\""), not(containsString("id=\"registration-reg-4\"")),
                        containsString("<option value=\"waitlisted\" selected>")));

        withCsrf(list).formParam("returnTo", "list").when().post("/my/registrations/reg-4/accept")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/my/registrations"));
        given().when().get("/my/registrations").then().statusCode(200)
                .body(allOf(not(containsString("action=\"/my/registrations/reg-4/accept\"")),
                        containsString("id=\"letter-reg-4\"")));
    }

    @Test
    @TestSecurity(user = "alice")
    void anOfferThatCannotBeAcceptedIsShownOnTheRegistrationPage() {
        given().when().get("/my/registrations/reg-5").then().statusCode(200);
        Response page = given().when().get("/my/registrations/reg-5/cancel"); // a page with a form (the cancel's confirmation)
        withCsrf(page).when().post("/my/registrations/reg-5/accept").then().statusCode(409)
                .body(allOf(containsString("role=\"alert\""), containsString("No place is offered to you at the moment."),
                        containsString("(number 2 on the waitlist)"),
                        containsString("<ol id=\"delegation-list\"><li><bdi>The Minister</bdi> (<bdi>Minister &lt;MEA&gt;</bdi>)</li><li><bdi>Ann Adviser</bdi></li></ol>")));
        given().when().get("/my/registrations/reg-5/letter.pdf").then().statusCode(404);
        // an id the service refuses (400) names nothing: a 404 page, not the outage page (PageFuzzIT found the 503)
        for (String download : List.of("letter.pdf", "invite.ics")) {
            given().when().get("/my/registrations/not-a-uuid/" + download).then().statusCode(404)
                    .body(not(containsString("Temporarily unavailable")));
        }
    }

    @Test
    @TestSecurity(user = "alice")
    void aConfirmedParticipantTakesAndGivesUpPlacesInSessionsAndRefusalsAreShown() {
        Response page = given().when().get("/my/registrations/reg-8");
        page.then().statusCode(200).body(allOf(containsString("id=\"registration-sessions\""),
                containsString("action=\"/my/registrations/reg-8/sessions/s-1/join\"")));
        String taken = withCsrf(page).redirects().follow(false).when().post("/my/registrations/reg-8/sessions/s-1/join")
                .then().statusCode(303).header("Location", containsString("/my/registrations/reg-8")).extract().cookie(Flash.COOKIE);
        org.junit.jupiter.api.Assertions.assertTrue(java.net.URLDecoder.decode(taken, java.nio.charset.StandardCharsets.UTF_8)
                .matches("You have a place in “.+”\\."), taken);
        // once you have a place, the session offers only to give it up; a full session offers nothing
        given().when().get("/my/registrations/reg-8").then().statusCode(200)
                .body(allOf(containsString("id=\"leave-form-s-1\""), not(containsString("id=\"join-form-s-1\"")),
                        containsString("id=\"full-s-2\""), not(containsString("id=\"join-form-s-2\"")),
                        not(containsString("id=\"leave-form-s-2\""))));
        withCsrf(page).when().post("/my/registrations/reg-8/sessions/s-1/join").then().statusCode(409)
                .body(allOf(containsString("You already have a place in this session."), not(containsString("session s-1"))));
        withCsrf(page).when().post("/my/registrations/reg-8/sessions/s-2/join").then().statusCode(403)
                .body(allOf(containsString("role=\"alert\""), containsString("This session is for another group of participants.")));
        // giving up a place asks first (the session, its time, what it means), then says what happened
        given().when().get("/my/registrations/reg-8").then().statusCode(200)
                .body(containsString("<form method=\"get\" action=\"/my/registrations/reg-8/sessions/s-1/leave\""));
        Response check = given().when().get("/my/registrations/reg-8/sessions/s-1/leave");
        check.then().statusCode(200).body(allOf(containsString("Give up your place in"), containsString("id=\"leave-summary\""),
                containsString("<form method=\"post\" action=\"/my/registrations/reg-8/sessions/s-1/leave\" id=\"confirm-leave-form\">"),
                containsString("id=\"keep-place\"")));
        given().when().get("/my/registrations/reg-8/sessions/no-such-session/leave").then().statusCode(404);
        String givenUp = withCsrf(check).redirects().follow(false).when().post("/my/registrations/reg-8/sessions/s-1/leave")
                .then().statusCode(303).extract().cookie(Flash.COOKIE);
        org.junit.jupiter.api.Assertions.assertTrue(java.net.URLDecoder.decode(givenUp, java.nio.charset.StandardCharsets.UTF_8)
                .matches("You gave up your place in “.+”\\."), givenUp);
        withCsrf(page).when().post("/my/registrations/reg-8/sessions/s-1/leave").then().statusCode(404)
                .body(allOf(containsString("This does not exist, or it is not visible to you."), not(containsString("participant reg-8"))));
    }

    @Test
    @TestSecurity(user = "alice")
    void theServicesRefusalIsShownOnTheFormNamingTheFieldEscaped() {
        withCsrf(given().when().get("/events/ev-1/register")).formParam("name", " ")
                .when().post("/events/ev-1/register")
                .then().statusCode(400)
                .body(allOf(containsString("role=\"alert\""), containsString("href=\"#name\""),
                        containsString("<a href=\"#name\">Name</a>: Enter a value."), not(containsString("really"))));
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    void aGovernmentRegistersItsDelegationAndARefusalNamesTheDelegatesField() {
        Response form = given().when().get("/events/ev-1/register");
        form.then().statusCode(200).body(allOf(containsString("<label for=\"delegation-head-name\">"),
                containsString("id=\"delegation-members-3-title\""), not(containsString("onBehalfOfOrganization"))));
        withCsrf(form).formParam("name", "Minister's office").formParam("delegation.members.0.name", "Ann Adviser")
                .when().post("/events/ev-1/register")
                .then().statusCode(400).body(allOf(containsString("href=\"#delegation-head-name\""),
                        containsString("value=\"Ann Adviser\"")));
        withCsrf(form).formParam("name", "Minister's office").formParam("delegation.head.name", "The Minister")
                .formParam("delegation.members.0.name", "Ann Adviser").when().post("/events/ev-1/register")
                .then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "alice", roles = "cso")
    void aCsoUserMayRegisterOnBehalfOfTheirOrganisation() {
        given().when().get("/events/ev-1/register").then().statusCode(200)
                .body(allOf(containsString("id=\"onBehalfOfOrganization\""), not(containsString("delegation-head-name"))));
    }

    @Test
    @TestSecurity(user = "alice")
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false).formParam("name", "Mallory")
                .when().post("/events/ev-1/register")
                .then().statusCode(400);
    }
}
