package org.iccsp.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

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
                containsString("<li>Carol (3 place(s))</li>"),
                containsString("href=\"/organiser/events/ev-1/sessions/s-1\"")));
        String[] token = CsrfField.read(desk);

        given().redirects().follow(false).cookie("csrf-token", token[2]).formParam(token[0], token[1])
                .formParam("decision", "reject").when().post("/organiser/events/ev-1/registrations/reg-2/decision")
                .then().statusCode(303).header("Location", containsString("/organiser/events/ev-1"));
        given().cookie("csrf-token", token[2]).formParam(token[0], token[1])
                .formParam("decision", "approve").when().post("/organiser/events/ev-1/registrations/reg-2/decision")
                .then().statusCode(409).body(allOf(containsString("role=\"alert\""), containsString("the event is full")));
    }

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    void aParticipantIsCheckedInFromTheSessionsList() {
        Response list = given().when().get("/organiser/events/ev-1/sessions/s-1");
        list.then().statusCode(200).body(allOf(containsString("Check-in: Opening circle"),
                containsString("action=\"/organiser/events/ev-1/sessions/s-1/participants/reg-1/check-in\"")));
        String[] token = CsrfField.read(list);
        given().redirects().follow(false).cookie("csrf-token", token[2]).formParam(token[0], token[1])
                .when().post("/organiser/events/ev-1/sessions/s-1/participants/reg-1/check-in")
                .then().statusCode(303);
        given().when().get("/organiser/events/ev-1/sessions/s-1").then().statusCode(200)
                .body(allOf(containsString("datetime=\"2026-05-04T07:55:00Z\""), not(containsString("/check-in\""))));
        given().when().get("/organiser/events/ev-1/sessions/nope").then().statusCode(404);
    }
}
