package org.iccsp.events.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.iccsp.events.Actors;
import org.iccsp.events.TestIdentityHeader;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/**
 * Every read of an event, session and registration carries a strong ETag; their changes honour If-Match: a stale
 * or made-up tag is 412 and changes nothing, the current one (or none: optional here) goes through with a new tag.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class EntityTagTest {
    static final String EVENT = """
            {"title": "%s", "kind": "convening", "venue": "Rome", "timeZone": "Europe/Rome",
             "startsAt": "2027-03-10T09:00:00", "endsAt": "2027-03-12T17:30:00", "visibility": "public", "capacity": %d}""";
    static final String SESSION = """
            {"title": "%s", "kind": "session", "audience": "mixed", "startsAt": "2027-03-10T10:00:00",
             "endsAt": "2027-03-10T11:00:00", "capacity": 10}""";

    final EventPlanner planner;
    final Registrar registrar;

    EntityTagTest(EventPlanner planner, Registrar registrar) {
        this.planner = planner;
        this.registrar = registrar;
    }

    static RequestSpecification organiser() {
        return given().header(TestIdentityHeader.SUBJECT, "organizer-bob").header(TestIdentityHeader.ROLE, "organizer");
    }

    @Test
    void anEventsChangesHonourIfMatch() {
        UUID id = planner.schedule(Actors.event("Tagged", Visibility.PUBLIC, 10).command(), Actors.ORGANISER).id;
        String path = "/api/v1/events/" + id;
        String tag = given().get(path).then().statusCode(200).header("ETag", "\"v0\"").extract().header("ETag");
        long outbox = OutboxEvent.count();
        for (String stale : new String[] {"\"nonsense\"", "\"v9\"", "W/\"v0\""}) {
            organiser().contentType(ContentType.JSON).header("If-Match", stale).body(EVENT.formatted("Stale", 10))
                    .put(path).then().statusCode(412).contentType("application/problem+json")
                    .body("errors.field", hasItem("If-Match"));
        }
        organiser().header("If-Match", "\"nonsense\"").delete(path).then().statusCode(412);
        assertEquals(outbox, OutboxEvent.count(), "a failed precondition publishes nothing");
        given().get(path).then().body("title", equalTo("Tagged")).body("status", equalTo("scheduled"))
                .header("ETag", tag);

        String changed = organiser().contentType(ContentType.JSON).header("If-Match", tag)
                .body(EVENT.formatted("Renamed", 12)).put(path).then().statusCode(200)
                .body("title", equalTo("Renamed")).extract().header("ETag");
        assertNotEquals(tag, changed);
        given().get(path).then().header("ETag", changed);
        organiser().contentType(ContentType.JSON).header("If-Match", tag).body(EVENT.formatted("Lost update", 12))
                .put(path).then().statusCode(412);
        // optional: without If-Match the change goes through, as before
        String again = organiser().contentType(ContentType.JSON).body(EVENT.formatted("Renamed again", 12)).put(path)
                .then().statusCode(200).extract().header("ETag");
        organiser().header("If-Match", again).delete(path).then().statusCode(200).body("status", equalTo("cancelled"))
                .header("ETag", org.hamcrest.Matchers.not(again));
    }

    @Test
    void aSessionIsReadWithItsTagAndItsChangesHonourIfMatch() {
        UUID event = planner.schedule(Actors.event("Tagged timetable", Visibility.PUBLIC, 10).command(),
                Actors.ORGANISER).id;
        String created = organiser().contentType(ContentType.JSON).body(SESSION.formatted("Opening"))
                .post("/api/v1/events/" + event + "/sessions").then().statusCode(201).extract().path("id");
        String path = "/api/v1/events/" + event + "/sessions/" + created;
        String tag = given().get(path).then().statusCode(200).body("title", equalTo("Opening"))
                .extract().header("ETag");
        given().get("/api/v1/events/" + event + "/sessions/" + UUID.randomUUID()).then().statusCode(404);
        organiser().contentType(ContentType.JSON).header("If-Match", "\"nonsense\"").body(SESSION.formatted("Stale"))
                .put(path).then().statusCode(412);
        given().get(path).then().body("title", equalTo("Opening"));
        String changed = organiser().contentType(ContentType.JSON).header("If-Match", tag)
                .body(SESSION.formatted("Plenary")).put(path).then().statusCode(200).body("title", equalTo("Plenary"))
                .extract().header("ETag");
        assertNotEquals(tag, changed);
        organiser().header("If-Match", tag).delete(path).then().statusCode(412);
        organiser().header("If-Match", changed).delete(path).then().statusCode(200).body("status", equalTo("cancelled"));
    }

    @Test
    void aRegistrationsChangesHonourIfMatch() {
        UUID event = planner.schedule(Actors.event("Tagged registrations", Visibility.PUBLIC, 1).command(),
                Actors.ORGANISER).id;
        String person = Actors.unique("tagged");
        registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("first")));
        String id = registrar.register(event, Actors.SELF.command(), Actors.cso(person)).id.toString();
        String path = "/api/v1/registrations/" + id;
        String tag = organiser().get(path).then().statusCode(200).body("status", equalTo("waitlisted"))
                .extract().header("ETag");
        organiser().contentType(ContentType.JSON).header("If-Match", "\"nonsense\"")
                .body("{\"decision\": \"reject\"}").post(path + "/decision").then().statusCode(412);
        given().header(TestIdentityHeader.SUBJECT, person).header(TestIdentityHeader.ROLE, "cso")
                .header("If-Match", "\"nonsense\"").delete(path).then().statusCode(412);
        given().header(TestIdentityHeader.SUBJECT, person).header(TestIdentityHeader.ROLE, "cso")
                .header("If-Match", "\"nonsense\"").post(path + "/acceptance").then().statusCode(412);
        organiser().get(path).then().body("status", equalTo("waitlisted")).header("ETag", tag);
        String rejected = organiser().contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"decision\": \"reject\"}").post(path + "/decision").then().statusCode(200)
                .body("status", equalTo("rejected")).extract().header("ETag");
        assertNotEquals(tag, rejected);
        organiser().get(path).then().header("ETag", rejected);
    }
}
