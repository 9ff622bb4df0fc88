package org.iccsp.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.events.event.api.EventRequest;
import org.iccsp.events.event.domain.EventKind;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.event.messaging.EventPublisher;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.event.persistence.EventSession;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class EventSchedulingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static String body(String title, String timeZone, String startsAt, String endsAt) {
        return """
                {"title": "%s", "kind": "summit", "venue": "Fiera di Roma", "timeZone": "%s",
                 "startsAt": "%s", "endsAt": "%s", "visibility": "public", "capacity": 300}
                """.formatted(title, timeZone, startsAt, endsAt);
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void organiserSchedulesChangesAndCancelsAndEachStepIsPublished() throws Exception {
        String id = given().contentType(ContentType.JSON)
                .body(body("Inaugural summit: ministerial part", "Europe/Rome", "2027-06-14T09:00", "2027-06-15T18:00"))
                .when().post("/api/v1/events")
                .then().statusCode(201).header("Location", startsWith("http"))
                .body("status", equalTo("scheduled"))
                .body("timeZone", equalTo("Europe/Rome"))
                .body("startsAt", startsWith("2027-06-14T09:00"))
                .body("startsAtUtc", startsWith("2027-06-14T07:00")) // CEST is UTC+2
                .body("placesLeft", equalTo(300))
                .extract().path("id");

        // the civil-society days feed the ministerial part
        String csoDays = given().contentType(ContentType.JSON)
                .body(body("Inaugural summit: civil-society days", "Europe/Rome", "2027-06-11T09:00", "2027-06-13T18:00")
                        .replace("\"capacity\": 300", "\"capacity\": 300, \"feedsEventId\": \"" + id + "\""))
                .when().post("/api/v1/events").then().statusCode(201)
                .body("feedsEventId", equalTo(id)).extract().path("id");
        given().when().get("/api/v1/events/" + id).then().statusCode(200).body("fedBy", hasItem(csoDays));

        given().contentType(ContentType.JSON)
                .body(body("Inaugural summit: ministerial part", "Europe/Rome", "2027-06-14T10:00", "2027-06-15T18:00"))
                .when().put("/api/v1/events/" + id)
                .then().statusCode(200).body("startsAt", startsWith("2027-06-14T10:00"));
        given().when().delete("/api/v1/events/" + id).then().statusCode(200).body("status", equalTo("cancelled"));
        given().when().delete("/api/v1/events/" + id).then().statusCode(409).contentType("application/problem+json");

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .await(EventPublisher.TOPIC, r -> id.equals(r.key()), 3, Duration.ofSeconds(30));
        assertEquals(3, records.size());
        String[] schemas = {"events/event-scheduled.v1.json", "events/event-changed.v1.json", "events/event-cancelled.v1.json"};
        for (int i = 0; i < 3; i++) {
            EventContract.assertConforms(schemas[i], records.get(i).value());
        }
        JsonNode changed = JSON.readTree(records.get(1).value()).get("data");
        assertEquals("2027-06-14T08:00:00Z", changed.get("startsAt").asText().replace(".000", ""));
        assertEquals("organizer-bob", changed.get("changedBy").asText());
        for (ConsumerRecord<String, String> r : records) {
            assertEquals("organizer-bob", JSON.readTree(r.value()).get("data").get("organizerSubject").asText(),
                    "every event names who runs it");
        }
    }

    @Inject
    EventPlanner planner;

    /** The organiser is whoever scheduled the event, whoever changes it later. */
    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void theEventsOrganiserStaysWhoScheduledItWhenSomeoneElseChangesIt() throws Exception {
        Caller dana = new Caller("organizer-dana", "organizer-dana", "dana@example.org", Set.of(Caller.ORGANIZER),
                Optional.empty(), Optional.empty());
        EventRequest request = new EventRequest("Working session on water", null, EventKind.WORKING_SESSION, "Amman",
                "Asia/Amman", LocalDateTime.parse("2027-03-01T09:00"), LocalDateTime.parse("2027-03-01T12:00"),
                Visibility.MEMBERS_ONLY, 20, null, null);
        String id = planner.schedule(request.command(), dana).id.toString();
        given().contentType(ContentType.JSON)
                .body(body("Working session on water", "Asia/Amman", "2027-03-01T10:00", "2027-03-01T12:00"))
                .when().put("/api/v1/events/" + id).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .await(EventPublisher.TOPIC, r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
        EventContract.assertConforms("events/event-changed.v1.json", records.get(1).value());
        JsonNode changed = JSON.readTree(records.get(1).value()).get("data");
        assertEquals("organizer-dana", changed.get("organizerSubject").asText());
        assertEquals("admin-carol", changed.get("changedBy").asText());
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        long events = Event.count();
        long outbox = OutboxEvent.count();

        given().contentType(ContentType.JSON).body(body("Backwards", "Europe/Rome", "2027-06-14T09:00", "2027-06-13T09:00"))
                .when().post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("endsAt"));
        given().contentType(ContentType.JSON).body(body("Nowhere", "Mars/Olympus_Mons", "2027-06-14T09:00", "2027-06-15T09:00"))
                .when().post("/api/v1/events")
                .then().statusCode(400).body("errors.field", hasItem("timeZone"));
        given().contentType(ContentType.JSON).body(body("Offset", "+02:00", "2027-06-14T09:00", "2027-06-15T09:00"))
                .when().post("/api/v1/events")
                .then().statusCode(400).body("errors.field", hasItem("timeZone"));
        given().contentType(ContentType.JSON).body(body("Party", "Europe/Rome", "2027-06-14T09:00", "2027-06-15T09:00")
                        .replace("summit", "party"))
                .when().post("/api/v1/events")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        given().contentType(ContentType.JSON).body(body("Not a date", "Europe/Rome", "tomorrow", "2027-06-15T09:00"))
                .when().post("/api/v1/events")
                .then().statusCode(400).body("errors.field", hasItem("startsAt"));
        given().contentType(ContentType.JSON).body(body("", "Europe/Rome", "2027-06-14T09:00", "2027-06-15T09:00")
                        .replace("300", "0"))
                .when().post("/api/v1/events")
                .then().statusCode(400).body("errors.field", hasItem("title")).body("errors.field", hasItem("capacity"));

        assertEquals(events, Event.count());
        assertEquals(outbox, OutboxEvent.count());
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void theTimetableHoldsSessionsAndWorkingGroupsWithinTheEvent() {
        String id = given().contentType(ContentType.JSON)
                .body(body("Civil-society days", "Asia/Jerusalem", "2027-04-20T09:00", "2027-04-22T18:00"))
                .when().post("/api/v1/events").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body("""
                {"title": "Working group: shared principles", "kind": "working-group", "audience": "civil-society",
                 "room": "Hall B", "startsAt": "2027-04-21T14:00", "endsAt": "2027-04-21T17:00", "capacity": 25}""")
                .when().post("/api/v1/events/" + id + "/sessions")
                .then().statusCode(201).body("kind", equalTo("working-group")).body("startsAt", startsWith("2027-04-21T14:00"));
        given().contentType(ContentType.JSON).body("""
                {"title": "Opening plenary", "kind": "session", "audience": "mixed",
                 "startsAt": "2027-04-20T09:30", "endsAt": "2027-04-20T11:00", "capacity": 300}""")
                .when().post("/api/v1/events/" + id + "/sessions").then().statusCode(201);

        long sessions = EventSession.count();
        given().contentType(ContentType.JSON).body("""
                {"title": "After the end", "kind": "session", "audience": "government",
                 "startsAt": "2027-04-23T09:30", "endsAt": "2027-04-23T11:00", "capacity": 10}""")
                .when().post("/api/v1/events/" + id + "/sessions").then().statusCode(400)
                .body("errors.field", hasItem("startsAt"));
        given().contentType(ContentType.JSON).body("""
                {"title": "Ends before it starts", "kind": "session", "audience": "mixed",
                 "startsAt": "2027-04-21T11:00", "endsAt": "2027-04-21T09:30", "capacity": 10}""")
                .when().post("/api/v1/events/" + id + "/sessions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("endsAt"));
        given().contentType(ContentType.JSON).body("""
                {"title": "Backwards", "kind": "session", "audience": "everyone",
                 "startsAt": "2027-04-21T09:30", "endsAt": "2027-04-21T11:00", "capacity": 10}""")
                .when().post("/api/v1/events/" + id + "/sessions").then().statusCode(400)
                .body("errors.field", hasItem("audience"));
        assertEquals(sessions, EventSession.count());

        given().when().get("/api/v1/events/" + id + "/sessions").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].title", equalTo("Opening plenary"))
                .body("[1].audience", equalTo("civil-society"));
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void organisersChangeAndCancelSessionsAndEachStepIsPublished() throws Exception {
        String id = given().contentType(ContentType.JSON)
                .body(body("Civil-society days", "Asia/Jerusalem", "2027-04-20T09:00", "2027-04-22T18:00"))
                .when().post("/api/v1/events").then().statusCode(201).extract().path("id");
        String sessions = "/api/v1/events/" + id + "/sessions";
        String session = given().contentType(ContentType.JSON).body("""
                {"title": "Dialogue circle", "kind": "session", "audience": "mixed", "room": "Hall A",
                 "startsAt": "2027-04-21T09:30", "endsAt": "2027-04-21T11:00", "capacity": 20,
                 "parity": {"groups": ["IL", "PS"], "tolerance": 1}}""")
                .post(sessions).then().statusCode(201).body("status", equalTo("scheduled")).extract().path("id");
        given().contentType(ContentType.JSON).body("""
                {"title": "Dialogue circle", "kind": "session", "audience": "mixed", "room": "Hall B",
                 "startsAt": "2027-04-21T10:00", "endsAt": "2027-04-21T11:30", "capacity": 24}""")
                .put(sessions + "/" + session).then().statusCode(200)
                .body("room", equalTo("Hall B")).body("startsAt", startsWith("2027-04-21T10:00"))
                .body("placesLeft", equalTo(24)).body("parity", nullValue());

        long outbox = OutboxEvent.count();
        given().contentType(ContentType.JSON).body(body("Civil-society days", "Asia/Jerusalem", "2027-04-21T12:00",
                "2027-04-22T18:00")).put("/api/v1/events/" + id).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("startsAt"));
        given().contentType(ContentType.JSON).body("""
                {"title": "Dialogue circle", "kind": "session", "audience": "mixed",
                 "startsAt": "2027-04-21T11:00", "endsAt": "2027-04-21T10:00", "capacity": 24}""")
                .put(sessions + "/" + session).then().statusCode(400).body("errors.field", hasItem("endsAt"));
        assertEquals(outbox, OutboxEvent.count(), "refused changes publish nothing");

        given().delete(sessions + "/" + session).then().statusCode(200).body("status", equalTo("cancelled"));
        given().delete(sessions + "/" + session).then().statusCode(409).contentType("application/problem+json");
        given().get(sessions).then().statusCode(200).body("[0].status", equalTo("cancelled"));
        given().delete(sessions + "/" + UUID.randomUUID()).then().statusCode(404);

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers).await(EventPublisher.TOPIC,
                r -> id.equals(r.key()) && r.value().contains("org.iccsp.events.session."), 3, Duration.ofSeconds(30));
        assertEquals(3, records.size());
        String[] schemas = {"events/session-scheduled.v1.json", "events/session-changed.v1.json",
                "events/session-cancelled.v1.json"};
        for (int i = 0; i < 3; i++) {
            EventContract.assertConforms(schemas[i], records.get(i).value());
        }
        JsonNode scheduled = JSON.readTree(records.get(0).value()).get("data");
        assertEquals(session, scheduled.get("sessionId").asText());
        assertEquals("2027-04-21T06:30:00Z", scheduled.get("startsAt").asText().replace(".000", ""), "IDT is UTC+3");
        assertEquals(1, scheduled.at("/parity/tolerance").asInt());
    }

    @Test
    @TestSecurity(user = "cso-alice", roles = "cso")
    void onlyOrganisersSchedule() {
        given().contentType(ContentType.JSON).body(body("Mine", "Europe/Rome", "2027-06-14T09:00", "2027-06-15T09:00"))
                .when().post("/api/v1/events").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anonymousCannotSchedule() {
        given().contentType(ContentType.JSON).body(body("Anon", "Europe/Rome", "2027-06-14T09:00", "2027-06-15T09:00"))
                .when().post("/api/v1/events").then().statusCode(401);
    }
}
