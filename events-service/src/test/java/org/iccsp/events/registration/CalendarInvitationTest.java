package org.iccsp.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.Actors;
import org.iccsp.events.event.api.EventRequest;
import org.iccsp.events.event.domain.EventKind;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/** The invite.ics of a confirmed registration: RFC 5545 text, stable UID, SEQUENCE bumped on changes. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class CalendarInvitationTest {
    final EventPlanner planner;

    CalendarInvitationTest(EventPlanner planner) {
        this.planner = planner;
    }

    static EventRequest g7Session(LocalDateTime start) {
        return new EventRequest("G7 working session: civil society, peacebuilding; the consortium's first report "
                + "to leaders — مؤتمر السلام — כנס השלום", "Line one\nLine two", EventKind.WORKING_SESSION,
                "Borgo Egnazia, Savelletri", "Europe/Rome", start, start.plusHours(3), Visibility.PUBLIC, 30, null, null);
    }

    static String ics(String registration) {
        return given().accept("text/calendar").get("/api/v1/registrations/" + registration + "/invite.ics")
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
    }

    static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    /** The property of the VEVENT (VTIMEZONE has DTSTART lines of its own). */
    static String property(String ics, String name) {
        List<String> lines = unfolded(ics);
        return lines.subList(lines.indexOf("BEGIN:VEVENT"), lines.size()).stream().filter(l -> l.startsWith(name + ":") || l.startsWith(name + ";")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in\n" + ics));
    }

    @Test
    @TestSecurity(user = "cso-ics", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = "ics@example.org"))
    void aConfirmedRegistrationGetsAnInvitationThatFollowsTheEvent() {
        // the last Sunday of October 2027 is the 31st: the session spans the end of summer time in Rome
        UUID event = planner.schedule(g7Session(LocalDateTime.of(2027, 10, 31, 1, 30)).command(), Actors.ORGANISER).id;
        String id = given().contentType(ContentType.JSON).body("{\"name\": \"Nour, \\\"the\\\" chair\"}")
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(201).extract().path("id");

        String first = ics(id);
        assertTrue(first.startsWith("BEGIN:VCALENDAR\r\n") && first.endsWith("END:VCALENDAR\r\n"));
        assertTrue(first.replace("\r\n", "").indexOf('\n') < 0, "every line ends with CRLF");
        for (String line : first.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        assertEquals("UID:registration-" + id + "@events.iccsp.org", property(first, "UID"));
        assertEquals("SEQUENCE:0", property(first, "SEQUENCE"));
        assertTrue(first.contains("\r\nMETHOD:REQUEST\r\n"));
        assertEquals("DTSTART;TZID=Europe/Rome:20271031T013000", property(first, "DTSTART"));
        assertEquals("DTEND;TZID=Europe/Rome:20271031T043000", property(first, "DTEND"));
        assertTrue(property(first, "SUMMARY").contains("civil society\\, peacebuilding\\; the consortium's"));
        assertTrue(property(first, "SUMMARY").endsWith("مؤتمر السلام — כנס השלום"), "UTF-8 kept whole when folding");
        assertEquals("DESCRIPTION:Line one\\nLine two", property(first, "DESCRIPTION"));
        assertTrue(property(first, "ATTENDEE").startsWith("ATTENDEE;CN=\"Nour, the chair\""));
        assertTrue(property(first, "ATTENDEE").endsWith(":mailto:ics@example.org"));
        List<String> lines = unfolded(first);
        int tz = lines.indexOf("TZID:Europe/Rome");
        assertTrue(tz > 0 && lines.contains("TZOFFSETTO:+0200") && lines.contains("TZOFFSETTO:+0100")
                && lines.contains("BEGIN:DAYLIGHT") && lines.contains("BEGIN:STANDARD"), "summer and winter time\n" + first);

        planner.change(event, g7Session(LocalDateTime.of(2027, 11, 2, 9, 0)).command(), Actors.ORGANISER);
        String changed = ics(id);
        assertEquals(property(first, "UID"), property(changed, "UID"), "the same calendar entry");
        assertEquals("SEQUENCE:1", property(changed, "SEQUENCE"));
        assertEquals("DTSTART;TZID=Europe/Rome:20271102T090000", property(changed, "DTSTART"));

        planner.cancel(event, Actors.ORGANISER);
        String cancelled = ics(id);
        assertEquals("SEQUENCE:2", property(cancelled, "SEQUENCE"));
        assertTrue(cancelled.contains("\r\nMETHOD:CANCEL\r\n"));
        assertEquals("STATUS:CANCELLED", property(cancelled, "STATUS"));
    }

    @Test
    @TestSecurity(user = "cso-ics-waiting", roles = "cso")
    void aRegistrationThatIsNotConfirmedHasNoInvitation() {
        UUID event = planner.schedule(g7Session(LocalDateTime.of(2027, 6, 1, 9, 0)).command(), Actors.ORGANISER).id;
        String id = given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(201).extract().path("id");
        given().delete("/api/v1/registrations/" + id).then().statusCode(200);
        given().get("/api/v1/registrations/" + id + "/invite.ics").then().statusCode(409)
                .contentType("application/problem+json");
    }
}
