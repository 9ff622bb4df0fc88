package org.iccsp.gateway.web.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The state the pages show (issue 18, item 6), against the stand-in events-service: the reader's registration
 * on the event page, lists read page after page, and the organiser's desk: delegations, rejecting through its
 * confirmation, the check-in desk (search, counts, check-in and undo, walk-ins) in the venue's time, and the
 * message after each action.
 */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the stand-in keeps what was written: count before rejecting
class DeskStatePagesTest {

    private static String flash(Response answer) {
        String cookie = answer.getCookie("iccsp_flash");
        return cookie == null ? null : URLDecoder.decode(cookie, StandardCharsets.UTF_8);
    }

    @Test
    void anAnonymousReaderIsOfferedToRegisterAndSeesTheWholeTimetable() {
        given().when().get("/events/ev-1").then().statusCode(200).body(allOf(
                containsString("id=\"register-link\""), not(containsString("id=\"my-registration\"")),
                // the second session is on the timetable's second page: the page follows the Link
                containsString("Opening circle"), containsString("Closing plenary")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "cso")
    void aRegisteredReaderSeesTheirRegistrationInsteadOfRegister() {
        given().when().get("/events/ev-1").then().statusCode(200).body(allOf(
                containsString("id=\"my-registration\""), containsString("You are registered (on the waitlist)"),
                containsString("(number 2 on the waitlist)"),
                containsString("href=\"/my/registrations/reg-5\" id=\"my-registration-link\">view your registration</a>"),
                not(containsString("id=\"register-link\""))));
        given().when().get("/events/ev-2").then().statusCode(200).body(allOf(
                containsString("You are registered ("), containsString("href=\"/my/registrations/reg-4\""),
                not(containsString("id=\"register-link\""))));
        given().when().get("/events/ev-3").then().statusCode(200).body(allOf(
                containsString("id=\"register-link\""), not(containsString("id=\"my-registration\""))));
        given().queryParam("lang", "he").when().get("/events/ev-1").then().statusCode(200)
                .body(allOf(containsString("את/ה רשום/ה"), containsString("צפייה בהרשמה שלך")));
    }

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    @Order(2)
    void theDeskPagesItsRegistrationsShowsDelegationsAndRejectsThroughAConfirmation() {
        Response desk = given().when().get("/organiser/events/ev-1");
        desk.then().statusCode(200).body(allOf(
                containsString("id=\"check-in-desk-link\""),
                containsString("href=\"/organiser/events/ev-1/registrations/reg-1/reject\""),
                containsString("id=\"registrations-next\""), containsString("cursor=c2"),
                not(containsString("Grace Adviser"))));
        given().queryParam("cursor", "c2").when().get("/organiser/events/ev-1").then().statusCode(200).body(allOf(
                containsString("id=\"delegation-reg-6\""), containsString("<bdi>Grace Adviser</bdi>"),
                containsString("<bdi>Henry &lt;Aide&gt;</bdi>"), containsString("id=\"registrations-first\""),
                not(containsString("id=\"registrations-next\""))));
        given().queryParam("cursor", "garbage").when().get("/organiser/events/ev-1").then().statusCode(400)
                .body(not(containsString("Temporarily unavailable")));

        // the old one-click reject goes to the confirmation first
        RegistrationPagesTest.withCsrf(desk).formParam("decision", "reject")
                .when().post("/organiser/events/ev-1/registrations/reg-6/decision").then().statusCode(303)
                .header("Location", endsWith("/organiser/events/ev-1/registrations/reg-6/reject"));

        Response confirm = given().when().get("/organiser/events/ev-1/registrations/reg-6/reject");
        confirm.then().statusCode(200).body(allOf(
                containsString("Reject the registration of Head of the GB delegation?"),
                containsString("<ol id=\"reject-delegation\">"), containsString("<bdi>Grace Adviser</bdi>"),
                containsString("3 places"), containsString("offered to the first person on the waitlist"),
                containsString("id=\"reject-confirm\""), containsString("id=\"reject-keep\"")));
        Response rejected = RegistrationPagesTest.withCsrf(confirm)
                .when().post("/organiser/events/ev-1/registrations/reg-6/reject");
        rejected.then().statusCode(303).header("Location", containsString("/organiser/events/ev-1"));
        assertEquals("The registration of Head of the GB delegation was rejected.", flash(rejected));
        RegistrationPagesTest.withCsrf(confirm).when().post("/organiser/events/ev-1/registrations/reg-6/reject")
                .then().statusCode(409).body(allOf(containsString("role=\"alert\""), not(containsString("reg-6 is"))));

        // a registration of another event, or none, names nothing here
        given().when().get("/organiser/events/ev-2/registrations/reg-6/reject").then().statusCode(404);

        Response waitlisted = RegistrationPagesTest.withCsrf(desk).formParam("decision", "waitlist")
                .when().post("/organiser/events/ev-1/registrations/reg-2/decision");
        waitlisted.then().statusCode(303);
        assertEquals("Bob <B> was put on the waitlist.", flash(waitlisted));
    }

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    @Order(1)
    void theCheckInDeskSearchesCountsChecksInUndoesAndRegistersWalkInsInVenueTime() {
        Response page = given().when().get("/organiser/events/ev-1/check-in");
        page.then().statusCode(200).body(allOf(containsString("id=\"attendance\""),
                containsString("0 of 4 expected people checked in"), containsString("Times are the venue&#39;s (Europe/Rome)."),
                containsString("id=\"check-in-form-reg-1\""), not(containsString("Bob &lt;B&gt;")), // not confirmed
                containsString("id=\"walk-in-form\"")));
        given().queryParam("q", "grace").when().get("/organiser/events/ev-1/check-in").then().statusCode(200)
                .body(allOf(containsString("id=\"reg-reg-6\""), not(containsString("id=\"reg-reg-1\""))));
        given().queryParam("q", "nobody-like-this").when().get("/organiser/events/ev-1/check-in").then().statusCode(200)
                .body(containsString("Nobody with a confirmed place matches “nobody-like-this”."));

        Response checkedIn = RegistrationPagesTest.withCsrf(page).formParam("q", "alice")
                .when().post("/organiser/events/ev-1/check-in/reg-1");
        checkedIn.then().statusCode(303).header("Location", endsWith("/organiser/events/ev-1/check-in?q=alice#reg-reg-1"));
        assertEquals("Alice is checked in.", flash(checkedIn));
        given().queryParam("q", "alice").when().get("/organiser/events/ev-1/check-in").then().statusCode(200)
                .body(allOf(containsString("1 of 4 expected people checked in"),
                        // 06:45 UTC is 08:45 in Rome in May, as the rest of the event's page
                        containsString(">2026-05-04 08:45</time>"), not(containsString("UTC")),
                        containsString("id=\"undo-reg-1\"")));
        RegistrationPagesTest.withCsrf(page).when().post("/organiser/events/ev-1/check-in/reg-1").then().statusCode(409)
                .body(allOf(containsString("role=\"alert\""), not(containsString("already checked in at"))));

        Response undone = RegistrationPagesTest.withCsrf(page).when().post("/organiser/events/ev-1/check-in/reg-1/undo");
        undone.then().statusCode(303);
        assertEquals("The check-in of Alice was undone.", flash(undone));
        given().when().get("/organiser/events/ev-1/check-in").then().body(containsString("0 of 4 expected people checked in"));

        RegistrationPagesTest.withCsrf(page).formParam("name", " ").when().post("/organiser/events/ev-1/walk-ins")
                .then().statusCode(400).body(allOf(containsString("href=\"#walk-in-name\""), not(containsString("must not be blank"))));
        RegistrationPagesTest.withCsrf(page).formParam("name", "One Too Many").formParam("affiliation", "Kept <typed>")
                .when().post("/organiser/events/ev-1/walk-ins").then().statusCode(409)
                .body(allOf(containsString("role=\"alert\""), containsString("value=\"Kept &lt;typed&gt;\""),
                        not(containsString("ev-1 has"))));
        Response walkedIn = RegistrationPagesTest.withCsrf(page).formParam("name", "Yusuf Nasser")
                .formParam("affiliation", "Gaza Youth Forum").formParam("email", "")
                .when().post("/organiser/events/ev-1/walk-ins");
        walkedIn.then().statusCode(303).header("Location", containsString("/organiser/events/ev-1/check-in?q=Yusuf+Nasser#reg-reg-w"));
        assertEquals("Yusuf Nasser is registered and checked in.", flash(walkedIn));
        given().queryParam("q", "Yusuf").when().get("/organiser/events/ev-1/check-in").then().statusCode(200)
                .body(allOf(containsString("Yusuf Nasser"), containsString("walk-in"), containsString("Gaza Youth Forum"),
                        containsString("1 of 5 expected people checked in")));

        given().queryParam("lang", "he").when().get("/organiser/events/ev-1/check-in").then().statusCode(200)
                .body(allOf(containsString("עמדת קבלה"), containsString("מישהו הגיע בלי להירשם")));
    }
}
