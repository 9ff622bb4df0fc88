package org.iccsp.gateway.web.events;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.common.CsrfField;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class OrganiserPagesTest {
    @Test
    void theOrganiserDeskNeedsASignedInPerson() {
        given().redirects().follow(false).when().get("/organiser/events/ev-1").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    void theDeskListsRegistrationsToDecideTheWaitlistAndTheCheckInLists() {
        Response desk = given().when().get("/organiser/events/ev-1");
        desk.then().statusCode(200).body(allOf(
                containsString("Bob &lt;B&gt;"),
                containsString("action=\"/organiser/events/ev-1/registrations/reg-2/decision\""),
                not(containsString("/registrations/reg-1/decision")),
                containsString("<li><bdi>Carol</bdi> (3 places)</li>"),
                containsString("href=\"/organiser/events/ev-1/sessions/s-1\"")));
        String[] token = CsrfField.read(desk);

        given().redirects().follow(false).cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .formParam("decision", "reject").when().post("/organiser/events/ev-1/registrations/reg-2/decision")
                .then().statusCode(303).header("Location", containsString("/organiser/events/ev-1"));
        given().cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .formParam("decision", "approve").when().post("/organiser/events/ev-1/registrations/reg-2/decision")
                .then().statusCode(409).body(allOf(containsString("role=\"alert\""), containsString("This is full.")));
    }

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    void anOrganiserSchedulesAnEventAndARefusalNamesTheField() {
        given().when().get("/organiser").then().statusCode(200)
                .body(allOf(containsString("href=\"/organiser/events/ev-1\""), containsString("href=\"/organiser/new-event\"")));
        Response form = given().when().get("/organiser/new-event");
        form.then().statusCode(200).body(allOf(containsString("<label for=\"timeZone\">"),
                containsString("value=\"Europe/Rome\""), containsString("<option value=\"invitation-only\" >")));
        RegistrationPagesTest.withCsrf(form).formParam("title", "Water <summit>").formParam("kind", "summit")
                .formParam("venue", "Amman").formParam("timeZone", "Asia/Amman").formParam("startsAt", "2026-09-02T09:00")
                .formParam("endsAt", "2026-09-01T17:00").formParam("visibility", "public").formParam("capacity", "80")
                .when().post("/organiser/new-event")
                .then().statusCode(400).body(allOf(containsString("href=\"#endsAt\""), containsString("The end must be after the start."),
                        containsString("value=\"Water &lt;summit&gt;\""), containsString("<option value=\"summit\" selected>")));
        String scheduled = RegistrationPagesTest.withCsrf(form).formParam("title", "Water summit").formParam("kind", "summit")
                .formParam("venue", "Amman").formParam("timeZone", "Asia/Amman").formParam("startsAt", "2026-09-01T09:00")
                .formParam("endsAt", "2026-09-02T17:00").formParam("visibility", "public").formParam("capacity", "80")
                .formParam("parity-groups", "IL, PS").formParam("parity-tolerance", "1")
                .queryParam("lang", "ar").when().post("/organiser/new-event")
                .then().statusCode(303).header("Location", containsString("/organiser/events/ev-1"))
                .extract().cookie(org.iccsp.gateway.web.common.Flash.COOKIE);
        org.junit.jupiter.api.Assertions.assertEquals("جُدولت «Water summit».",
                java.net.URLDecoder.decode(scheduled, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    void anOrganiserAddsASessionAndInvitesSomeoneByEmail() {
        Response desk = given().when().get("/organiser/events/ev-1");
        desk.then().statusCode(200).body(allOf(containsString("id=\"session-form\""), containsString("id=\"invite-form\"")));
        RegistrationPagesTest.withCsrf(desk).formParam("session-title", "Too early").formParam("session-kind", "session")
                .formParam("session-audience", "mixed").formParam("session-startsAt", "2026-05-03T08:00")
                .formParam("session-endsAt", "2026-05-03T09:00").formParam("session-capacity", "10")
                .when().post("/organiser/events/ev-1/sessions")
                .then().statusCode(400).body(allOf(containsString("href=\"#session-startsAt\""),
                        containsString("value=\"Too early\"")));
        RegistrationPagesTest.withCsrf(desk).formParam("session-title", "Water working group").formParam("session-kind", "working-group")
                .formParam("session-audience", "civil-society").formParam("session-startsAt", "2026-05-04T11:00")
                .formParam("session-endsAt", "2026-05-04T12:30").formParam("session-capacity", "12")
                .when().post("/organiser/events/ev-1/sessions").then().statusCode(303);
        given().when().get("/events/ev-1").then().statusCode(200).body(containsString("Water working group"));

        RegistrationPagesTest.withCsrf(desk).formParam("email", "nope").when().post("/organiser/events/ev-1/invitations")
                .then().statusCode(400).body(containsString("href=\"#invite-email\""));
        RegistrationPagesTest.withCsrf(desk).formParam("email", "leila@example.org").when().post("/organiser/events/ev-1/invitations")
                .then().statusCode(200).body(allOf(containsString("Invitation sent to leila@example.org."),
                        containsString("/invitations/accept?token=tok-new&amp;event=ev-1"),
                        containsString("<th scope=\"row\">leila@example.org</th>")));
    }

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    void anEventIsCancelledFromItsDesk() {
        Response desk = given().when().get("/organiser/events/ev-2");
        desk.then().statusCode(200).body(containsString("id=\"cancel-event-form\""));
        RegistrationPagesTest.withCsrf(desk).formParam("confirm", "on").when().post("/organiser/events/ev-2/cancel")
                .then().statusCode(303);
        given().when().get("/organiser/events/ev-2").then().statusCode(200)
                .body(allOf(containsString("cancelled"), not(containsString("id=\"cancel-event-form\""))));
    }

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    void aParticipantIsCheckedInFromTheSessionsList() {
        Response list = given().when().get("/organiser/events/ev-1/sessions/s-1");
        list.then().statusCode(200).body(allOf(containsString("Check-in: Opening circle"),
                containsString("action=\"/organiser/events/ev-1/sessions/s-1/participants/reg-1/check-in\"")));
        String[] token = CsrfField.read(list);
        given().redirects().follow(false).cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .when().post("/organiser/events/ev-1/sessions/s-1/participants/reg-1/check-in")
                .then().statusCode(303).cookie("iccsp_flash", "Alice+is+checked+in.");
        // in the venue's time, as the rest of the event's page (07:55 UTC is 09:55 in Rome in May)
        given().when().get("/organiser/events/ev-1/sessions/s-1").then().statusCode(200)
                .body(allOf(containsString("datetime=\"2026-05-04T07:55:00Z\""), containsString(">Monday, May 4, 2026 at 09:55 Italy Time</time>"),
                        not(containsString("07:55 UTC")), not(containsString("/participants/reg-1/check-in\""))));
        given().when().get("/organiser/events/ev-1/sessions/nope").then().statusCode(404);
    }
}
