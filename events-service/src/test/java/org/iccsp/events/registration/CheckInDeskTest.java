package org.iccsp.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iccsp.events.Actors;
import org.iccsp.events.TestIdentityHeader;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.api.RegistrationRequest;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/**
 * The check-in desk through the API: search, check-in and its undo, walk-ins, the attendance counts, rejecting a
 * confirmed registration, and the registrant's own view (my registration for an event, my session places).
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class CheckInDeskTest {
    final EventPlanner planner;
    final Registrar registrar;

    CheckInDeskTest(EventPlanner planner, Registrar registrar) {
        this.planner = planner;
        this.registrar = registrar;
    }

    static RequestSpecification as(String subject, String role) {
        return given().header(TestIdentityHeader.SUBJECT, subject).header(TestIdentityHeader.ROLE, role);
    }

    static RequestSpecification organiser() {
        return as("organizer-bob", "organizer");
    }

    UUID event(int capacity) {
        return planner.schedule(Actors.event("Check-in desk", Visibility.PUBLIC, capacity).command(),
                Actors.ORGANISER).id;
    }

    UUID register(UUID event, String subject, String name) {
        return registrar.register(event, new RegistrationRequest(name, null, null, null, null).command(),
                Actors.cso(subject)).id;
    }

    @Test
    void theDeskSearchesChecksInUndoesAndCounts() {
        UUID event = event(10);
        UUID amira = register(event, Actors.unique("cso-amira"), "Amira Haddad");
        UUID noa = register(event, Actors.unique("cso-noa"), "Noa Levi");

        organiser().queryParam("q", "HADD").get("/api/v1/events/{id}/registrations", event).then().statusCode(200)
                .body("id", equalTo(List.of(amira.toString())));
        organiser().queryParam("q", "%").get("/api/v1/events/{id}/registrations", event).then().statusCode(200)
                .body("", hasSize(0));
        organiser().queryParam("status", "confirmed").queryParam("limit", 1)
                .get("/api/v1/events/{id}/registrations", event).then().statusCode(200)
                .body("id", equalTo(List.of(amira.toString()))).header("Link", containsString("rel=\"next\""));
        organiser().queryParam("status", "nonsense").get("/api/v1/events/{id}/registrations", event).then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        organiser().queryParam("q", "x".repeat(201)).get("/api/v1/events/{id}/registrations", event).then()
                .statusCode(400);

        organiser().get("/api/v1/events/{id}/attendance", event).then().statusCode(200)
                .body("expectedPeople", equalTo(2)).body("checkedInPeople", equalTo(0));

        organiser().post("/api/v1/registrations/{id}/check-in", noa).then().statusCode(200)
                .body("checkedInAt", notNullValue()).header("ETag", startsWith("\"v"));
        organiser().post("/api/v1/registrations/{id}/check-in", noa).then().statusCode(409);
        organiser().get("/api/v1/events/{id}/attendance", event).then().statusCode(200)
                .body("expectedPeople", equalTo(2)).body("checkedInPeople", equalTo(1))
                .body("checkedInRegistrations", equalTo(1));

        organiser().delete("/api/v1/registrations/{id}/check-in", noa).then().statusCode(200)
                .body("checkedInAt", nullValue()).body("status", equalTo("confirmed"));
        organiser().delete("/api/v1/registrations/{id}/check-in", noa).then().statusCode(409);
        organiser().header("If-Match", "\"v0\"").post("/api/v1/registrations/{id}/check-in", noa).then()
                .statusCode(412);
        organiser().get("/api/v1/events/{id}/attendance", event).then().body("checkedInPeople", equalTo(0));

        as("cso-someone", "cso").post("/api/v1/registrations/{id}/check-in", noa).then().statusCode(403);
        as("cso-someone", "cso").get("/api/v1/events/{id}/attendance", event).then().statusCode(403);
        organiser().post("/api/v1/registrations/{id}/check-in", UUID.randomUUID()).then().statusCode(404);
        organiser().get("/api/v1/events/{id}/attendance", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aWalkInIsRegisteredAndCheckedInAtOnceWithinTheCapacity() {
        UUID event = event(2);
        register(event, Actors.unique("cso-early"), "Early Bird");
        String location = organiser().contentType(ContentType.JSON)
                .body(Map.of("name", "Yusuf Nasser", "email", "yusuf@example.org", "affiliation", "Gaza Youth Forum"))
                .post("/api/v1/events/{id}/walk-ins", event).then().statusCode(201)
                .body("status", equalTo("confirmed")).body("checkedInAt", notNullValue())
                .body("walkIn", equalTo(true)).body("affiliation", equalTo("Gaza Youth Forum"))
                .extract().header("Location");
        organiser().get(location).then().statusCode(200).body("name", equalTo("Yusuf Nasser"));
        organiser().queryParam("q", "youth forum").get("/api/v1/events/{id}/registrations", event).then()
                .body("name", equalTo(List.of("Yusuf Nasser")));
        organiser().get("/api/v1/events/{id}/attendance", event).then()
                .body("expectedPeople", equalTo(2)).body("checkedInPeople", equalTo(1));

        long before = Registration.count("eventId", event);
        organiser().contentType(ContentType.JSON).body(Map.of("name", "One Too Many"))
                .post("/api/v1/events/{id}/walk-ins", event).then().statusCode(409);
        organiser().contentType(ContentType.JSON).body(Map.of("name", " "))
                .post("/api/v1/events/{id}/walk-ins", event).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        organiser().contentType(ContentType.JSON).body(Map.of("name", "X", "badge", "vip"))
                .post("/api/v1/events/{id}/walk-ins", event).then().statusCode(400);
        as("cso-someone", "cso").contentType(ContentType.JSON).body(Map.of("name", "Me"))
                .post("/api/v1/events/{id}/walk-ins", event).then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(before, Registration.count("eventId", event),
                "a refused walk-in writes nothing");
    }

    @Test
    void anOrganiserRejectsAConfirmedRegistrationAndThePlaceGoesToTheWaitlist() {
        UUID event = event(1);
        UUID first = register(event, Actors.unique("cso-first"), "First In");
        UUID second = register(event, Actors.unique("cso-second"), "Second In");
        organiser().contentType(ContentType.JSON).body(Map.of("decision", "reject"))
                .post("/api/v1/registrations/{id}/decision", first).then().statusCode(200)
                .body("status", equalTo("rejected"));
        organiser().get("/api/v1/registrations/{id}", second).then().body("status", equalTo("offered"));
    }

    @Test
    void theRegistrantFindsTheirRegistrationForAnEventAndTheirSessionPlaces() {
        UUID event = event(5);
        UUID other = event(5);
        String me = Actors.unique("cso-me");
        UUID mine = register(event, me, "Me Myself");
        register(other, me, "Me Myself");
        as(me, "cso").queryParam("eventId", event).get("/api/v1/registrations").then().statusCode(200)
                .body("items.id", equalTo(List.of(mine.toString())));
        as(me, "cso").queryParam("eventId", UUID.randomUUID()).get("/api/v1/registrations").then().statusCode(200)
                .body("items", hasSize(0));
        as(me, "cso").queryParam("eventId", "not-a-uuid").get("/api/v1/registrations").then().statusCode(400);

        as(me, "cso").get("/api/v1/registrations/{id}/places", mine).then().statusCode(200).body("", hasSize(0));
        as("cso-stranger", "cso").get("/api/v1/registrations/{id}/places", mine).then().statusCode(404);
        String session = organiser().contentType(ContentType.JSON).body(Map.of("title", "Dialogue circle",
                        "kind", "session", "audience", "mixed", "room", "Sala A", "startsAt", "2027-03-10T10:00:00",
                        "endsAt", "2027-03-10T11:00:00", "capacity", 5))
                .post("/api/v1/events/{id}/sessions", event).then().statusCode(201).extract().path("id");
        as(me, "cso").post("/api/v1/events/{id}/sessions/{sid}/participants", event, session).then().statusCode(201);
        as(me, "cso").get("/api/v1/registrations/{id}/places", mine).then().statusCode(200)
                .body("sessionId", equalTo(List.of(session))).body("[0].joinedAt", notNullValue());
    }
}
