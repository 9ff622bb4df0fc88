package org.iccsp.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import org.iccsp.events.Actors;
import org.iccsp.events.event.api.EventRequest;
import org.iccsp.events.event.domain.EventKind;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/events searched by text, dates, kind and status: the filters narrow, never widen, what one may see. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class EventSearchTest {
    final EventPlanner planner;
    String marker;
    String march;
    String juneSummit;
    String hidden;
    String cancelled;

    EventSearchTest(EventPlanner planner) {
        this.planner = planner;
    }

    String schedule(String title, String description, EventKind kind, String venue, LocalDateTime start,
            Visibility visibility) {
        EventRequest request = new EventRequest(title, description, kind, venue, "Europe/Rome", start,
                start.plusDays(1), visibility, 50, null, null);
        return planner.schedule(request.command(), Actors.ORGANISER).id.toString();
    }

    @BeforeEach
    void schedule() {
        marker = "srch" + UUID.randomUUID().toString().substring(0, 8);
        march = schedule("Convening " + marker, null, EventKind.CONVENING, "Rome",
                LocalDateTime.of(2027, 3, 10, 9, 0), Visibility.PUBLIC);
        juneSummit = schedule("Summit", "about water", EventKind.SUMMIT, "Hall " + marker.toUpperCase(Locale.ROOT),
                LocalDateTime.of(2027, 6, 1, 9, 0), Visibility.PUBLIC);
        hidden = schedule("Leaders " + marker, null, EventKind.CONVENING, "Rome",
                LocalDateTime.of(2027, 3, 10, 9, 0), Visibility.INVITATION_ONLY);
        cancelled = schedule("Dialogue", "Notes on " + marker + " and 100%_wild", EventKind.WORKING_SESSION, "Rome",
                LocalDateTime.of(2027, 4, 5, 9, 0), Visibility.PUBLIC);
        planner.cancel(UUID.fromString(cancelled), Actors.ORGANISER);
    }

    @Test
    void textMatchesTitleDescriptionAndVenueWhateverTheCaseAndHiddenEventsStayHidden() {
        given().queryParam("q", marker.toUpperCase(Locale.ROOT)).get("/api/v1/events").then().statusCode(200)
                .body("id", containsInAnyOrder(march, juneSummit, cancelled));
        // wildcards are literal text
        given().queryParam("q", marker + "%").get("/api/v1/events").then().statusCode(200).body("$", empty());
        given().queryParam("q", "100%_wild").get("/api/v1/events").then().statusCode(200)
                .body("id", hasItem(cancelled));
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void organisersFindInvitationOnlyEventsToo() {
        given().queryParam("q", marker).queryParam("kind", "convening").get("/api/v1/events").then().statusCode(200)
                .body("id", containsInAnyOrder(march, hidden));
    }

    @Test
    void datesKindAndStatusNarrowTheList() {
        given().queryParam("q", marker).queryParam("from", "2027-03-11").queryParam("to", "2027-04-30")
                .get("/api/v1/events").then().statusCode(200).body("id", contains(march, cancelled));
        given().queryParam("q", marker).queryParam("from", "2027-03-12").get("/api/v1/events").then().statusCode(200)
                .body("id", contains(cancelled, juneSummit));
        given().queryParam("q", marker).queryParam("to", "2027-03-10").get("/api/v1/events").then().statusCode(200)
                .body("id", contains(march));
        given().queryParam("q", marker).queryParam("kind", "summit").get("/api/v1/events").then().statusCode(200)
                .body("id", contains(juneSummit));
        given().queryParam("q", marker).queryParam("status", "cancelled").get("/api/v1/events").then()
                .statusCode(200).body("id", contains(cancelled));
        given().queryParam("q", marker).queryParam("status", "scheduled").get("/api/v1/events").then()
                .statusCode(200).body("id", contains(march, juneSummit));
    }

    @Test
    void malformedOrInvertedFiltersAre400sNamingTheField() {
        expect400("from", "from", "10/03/2027");
        expect400("to", "to", "2027-02-30");
        expect400("kind", "kind", "party");
        expect400("status", "status", "postponed");
        given().queryParam("from", "2027-03-12").queryParam("to", "2027-03-11").get("/api/v1/events").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("to"));
    }

    void expect400(String param, String field, String value) {
        given().queryParam(param, value).get("/api/v1/events").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
