package org.iccsp.events.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.iccsp.events.Actors;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.feed.domain.CalendarFeeds;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/** The public iCalendar feed and the personal, token-guarded feeds of "my registrations". */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class CalendarFeedTest {
    final EventPlanner planner;

    CalendarFeedTest(EventPlanner planner) {
        this.planner = planner;
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getProperty("UID").orElseThrow().getValue())
                .toList();
    }

    @Test
    void thePublicFeedHasPublicEventsOnlyAndAnswersConditionalGets() throws Exception {
        UUID open = planner.schedule(Actors.event("Feed public " + UUID.randomUUID(), Visibility.PUBLIC, 10).command(),
                Actors.ORGANISER).id;
        String membersTitle = "feedmembersonly" + UUID.randomUUID();
        String inviteTitle = "feedinvitationonly" + UUID.randomUUID();
        planner.schedule(Actors.event(membersTitle, Visibility.MEMBERS_ONLY, 10).command(), Actors.ORGANISER);
        planner.schedule(Actors.event(inviteTitle, Visibility.INVITATION_ONLY, 10).command(), Actors.ORGANISER);

        Response response = given().when().get("/api/v1/feeds/events.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().response();
        String ics = response.asString();
        Calendar calendar = parse(ics);
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
        assertTrue(uids(calendar).contains(CalendarFeeds.uid(open)), ics);
        assertFalse(ics.contains(membersTitle) || ics.contains(inviteTitle), "a private event is in the public feed");

        String tag = response.header("ETag");
        assertNotNull(response.header("Last-Modified"));
        given().header("If-None-Match", tag).when().get("/api/v1/feeds/events.ics").then().statusCode(304);
        given().header("If-Modified-Since", response.header("Last-Modified")).when().get("/api/v1/feeds/events.ics")
                .then().statusCode(304);
        planner.schedule(Actors.event("Feed later " + UUID.randomUUID(), Visibility.PUBLIC, 10).command(), Actors.ORGANISER);
        String after = given().header("If-None-Match", tag).when().get("/api/v1/feeds/events.ics").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(tag, after);

        given().queryParam("from", "2027-01-01").when().get("/api/v1/feeds/events.ics").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("from"));
    }

    @Test
    @TestSecurity(user = "cso-feed", roles = "cso")
    void aPersonalFeedShowsMyRegistrationsUntilItsTokenIsRevoked() throws Exception {
        UUID event = planner.schedule(Actors.event("Feed invitation-only " + UUID.randomUUID(), Visibility.PUBLIC, 10)
                .command(), Actors.ORGANISER).id;
        String registration = given().contentType(ContentType.JSON).body("{\"name\": \"Nour\"}")
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(201).extract().path("id");

        Response created = given().when().post("/api/v1/feeds/registrations/tokens").then().statusCode(201)
                .body("token", matchesPattern("[A-Za-z0-9_-]{43}")).extract().response();
        String token = created.path("token");
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/feeds/registrations/tokens/" + id));
        given().when().get("/api/v1/feeds/registrations/tokens").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.token", org.hamcrest.Matchers.nullValue());

        String ics = given().when().get("/api/v1/feeds/registrations/" + token + ".ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).header("Cache-Control", containsString("private"))
                .extract().asString();
        Calendar calendar = parse(ics);
        assertEquals(List.of("registration-" + registration + "@events.iccsp.org"), uids(calendar),
                "the same UID as the e-mailed invitation");

        given().when().get("/api/v1/feeds/registrations/" + "A".repeat(43) + ".ics").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().when().delete("/api/v1/feeds/registrations/tokens/" + id).then().statusCode(204);
        given().when().get("/api/v1/feeds/registrations/" + token + ".ics").then().statusCode(410)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("revoked"));
        given().when().get("/api/v1/feeds/registrations/tokens").then().statusCode(200)
                .body("findAll { it.id == '" + id + "' }", hasSize(0));
        given().when().delete("/api/v1/feeds/registrations/tokens/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void creatingALinkNeedsASignIn() {
        given().when().post("/api/v1/feeds/registrations/tokens").then().statusCode(401);
    }
}
