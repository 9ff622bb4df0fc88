package org.iccsp.events.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iccsp.events.Actors;
import org.iccsp.events.event.api.ParityRequest;
import org.iccsp.events.event.api.SessionRequest;
import org.iccsp.events.event.domain.Audience;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.SessionKind;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.api.RegistrationRequest;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.events.session.domain.SessionPlaces;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** A session's own parity rule (Israeli and Palestinian participants within ±1), whatever its event's. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class SessionParityTest {
    final EventPlanner planner;
    final Registrar registrar;
    final SessionPlaces places;
    final EntityManager em;

    SessionParityTest(EventPlanner planner, Registrar registrar, SessionPlaces places, EntityManager em) {
        this.planner = planner;
        this.registrar = registrar;
        this.places = places;
        this.em = em;
    }

    UUID event() {
        return planner.schedule(Actors.event("Civil-society days", Visibility.PUBLIC, 100).command(),
                Actors.ORGANISER).id;
    }

    UUID dialogueCircle(UUID event, int capacity) {
        return dialogueCircle(event, capacity, 1);
    }

    UUID dialogueCircle(UUID event, int capacity, int tolerance) {
        return planner.addSession(event, new SessionRequest("Dialogue circle", SessionKind.SESSION, Audience.MIXED,
                "Room 1", LocalDateTime.of(2027, 3, 11, 10, 0), LocalDateTime.of(2027, 3, 11, 12, 0), capacity,
                new ParityRequest(List.of("IL", "PS"), tolerance)).command(), Actors.ORGANISER).id;
    }

    /** A confirmed registrant who named their group when registering (null: did not). */
    Caller registered(UUID event, String prefix, String group) {
        Caller who = Actors.cso(Actors.unique(prefix));
        assertEquals("confirmed", registrar.register(event,
                new RegistrationRequest(null, null, null, null, group).command(), who)
                .status);
        return who;
    }

    static int status(Runnable action) {
        try {
            action.run();
            return 201;
        } catch (ProblemException e) {
            return e.problem().status();
        }
    }

    Map<String, Integer> held(UUID session) {
        return QuarkusTransaction.requiringNew().call(() -> places.placesHeldByGroup(session));
    }

    UUID registrationOf(Caller who) {
        return QuarkusTransaction.requiringNew().call(() ->
                Registration.<Registration>find("registrantSubject", who.subject()).firstResult().id);
    }

    @Test
    void aParticipantTakesAPlaceOnlyWithinTheRuleCountedInTheGroupOfTheirRegistration() {
        UUID event = event();
        UUID session = dialogueCircle(event, 10);
        Caller il1 = registered(event, "il", "IL");
        Caller il2 = registered(event, "il", "IL");
        Caller ps1 = registered(event, "ps", null);

        places.join(event, session, null, il1);
        assertEquals(422, status(() -> places.join(event, session, null, il2)), "2 to 0 would break ±1");
        assertEquals(400, status(() -> places.join(event, session, null, ps1)), "the group is not known yet");
        assertEquals(400, status(() -> places.join(event, session, "XX", ps1)), "not a group of the rule");
        assertEquals(Map.of("IL", 1), held(session), "refusals write nothing");

        places.join(event, session, "PS", ps1);
        assertEquals("PS", QuarkusTransaction.requiringNew().call(() ->
                Registration.<Registration>findById(registrationOf(ps1)).representationGroup), "kept on the registration");
        assertEquals(422, status(() -> places.join(event, session, "PS", il2)), "cannot change group per session");
        places.join(event, session, null, il2);
        assertEquals(Map.of("IL", 2, "PS", 1), held(session));

        Caller gov = Actors.government(Actors.unique("gov"), "IT");
        registrar.register(event, new RegistrationRequest(null, null, new RegistrationRequest.Delegation(
                new RegistrationRequest.Delegate("Jane Doe", "Minister"), List.of()), null, null).command(), gov);
        places.join(event, session, null, gov);
        assertEquals(Map.of("IL", 2, "PS", 1), held(session), "delegations are not counted");
    }

    @Test
    void whenPlacesFreeUpAndLeaveTheBalanceOffTheSmallerGroupMayStillCatchUp() {
        UUID event = event();
        UUID session = dialogueCircle(event, 20);
        List<Caller> il = new ArrayList<>();
        List<Caller> ps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            il.add(registered(event, "il", "IL"));
            ps.add(registered(event, "ps", "PS"));
            places.join(event, session, null, il.get(i));
            places.join(event, session, null, ps.get(i));
        }
        for (int i = 0; i < 3; i++) { // three Palestinian participants give up their places
            Caller leaving = ps.get(i);
            places.leave(event, session, registrationOf(leaving), leaving);
        }
        assertEquals(Map.of("IL", 4, "PS", 1), held(session));
        assertEquals(422, status(() -> places.join(event, session, null, registered(event, "il", "IL"))));
        places.join(event, session, null, registered(event, "ps", "PS")); // 4 to 2: closer to the balance
        assertEquals(Map.of("IL", 4, "PS", 2), held(session));

        registrar.cancel(registrationOf(il.get(0)), il.get(0)); // a cancelled registration frees its session place
        assertEquals(Map.of("IL", 3, "PS", 2), held(session));
    }

    @Test
    void aDelegationTakesASessionPlacePerPerson() {
        UUID event = event();
        UUID session = dialogueCircle(event, 2);
        Caller gov = Actors.government(Actors.unique("gov"), "FR");
        registrar.register(event, new RegistrationRequest(null, null, new RegistrationRequest.Delegation(
                new RegistrationRequest.Delegate("Jean Dupont", "Minister"), List.of(
                        new RegistrationRequest.Delegate("Anne Martin", "Ambassador"),
                        new RegistrationRequest.Delegate("Paul Durand", "Adviser"))), null, null).command(), gov);
        assertEquals(409, status(() -> places.join(event, session, null, gov)), "3 people, 2 places");
    }

    @Test
    void racingParticipantsNeverBreakTheRuleOrTheCapacity() throws Exception {
        UUID event = event();
        UUID session = dialogueCircle(event, 20, 2);
        List<Caller> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(registered(event, "il-racer", "IL"));
            people.add(registered(event, "ps-racer", "PS"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (Caller person : people) {
            answers.add(pool.submit(() -> {
                start.await();
                return status(() -> places.join(event, session, null, person));
            }));
        }
        start.countDown();
        int joined = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertTrue(status == 201 || status == 409 || status == 422, "a place, full or the rule, got " + status);
            joined += status == 201 ? 1 : 0;
        }
        pool.shutdown();
        Map<String, Integer> held = held(session);
        int il = held.getOrDefault("IL", 0);
        int ps = held.getOrDefault("PS", 0);
        assertEquals(joined, il + ps, "every place taken was answered 201: " + held);
        assertTrue(il + ps <= 20, "capacity: " + held);
        assertTrue(Math.abs(il - ps) <= 2, "within ±2: " + held);
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void organisersSeeTheSessionsRuleWithThePlacesHeldPerGroup() {
        UUID event = event();
        UUID session = dialogueCircle(event, 10);
        places.join(event, session, null, registered(event, "ps", "PS"));
        given().get("/api/v1/events/" + event + "/sessions").then().statusCode(200)
                .body("[0].placesLeft", equalTo(9))
                .body("[0].parity.rule", equalTo("confirmed participants of IL, PS stay within ±1 of each other"))
                .body("[0].parity.placesHeld.IL", equalTo(0))
                .body("[0].parity.placesHeld.PS", equalTo(1));
        given().get("/api/v1/events/" + event + "/sessions/" + session + "/participants").then().statusCode(200)
                .body("[0].representationGroup", equalTo("PS"));

        long sessions = QuarkusTransaction.requiringNew().call(() -> (long) em.createQuery(
                "select count(s) from EventSession s").getSingleResult());
        given().contentType(ContentType.JSON).body("""
                {"title": "Unbalanced", "kind": "session", "audience": "mixed", "startsAt": "2027-03-11T10:00",
                 "endsAt": "2027-03-11T12:00", "capacity": 10, "parity": {"groups": ["IL", " IL "], "tolerance": 1}}""")
                .post("/api/v1/events/" + event + "/sessions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("parity.groups"));
        given().contentType(ContentType.JSON).body("""
                {"title": "No tolerance", "kind": "session", "audience": "mixed", "startsAt": "2027-03-11T10:00",
                 "endsAt": "2027-03-11T12:00", "capacity": 10, "parity": {"groups": ["IL", "PS"]}}""")
                .post("/api/v1/events/" + event + "/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("parity.tolerance"));
        assertEquals(sessions, QuarkusTransaction.requiringNew().call(() -> (long) em.createQuery(
                "select count(s) from EventSession s").getSingleResult()));
    }

    @Test
    @TestSecurity(user = "cso-circle", roles = "cso")
    void participantsSeeTheRuleButNotTheBalanceAndNameTheirGroupOverHttp() {
        UUID event = event();
        UUID plain = event();
        UUID session = dialogueCircle(event, 10);
        given().contentType(ContentType.JSON).body("{\"representationGroup\": \"IL\"}")
                .post("/api/v1/events/" + plain + "/registrations").then().statusCode(400)
                .body("errors[0].field", equalTo("representationGroup"))
                .body("errors[0].message", equalTo("neither this event nor its sessions balance representation"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(201);
        given().get("/api/v1/events/" + event + "/sessions").then().statusCode(200)
                .body("[0].parity.groups", equalTo(List.of("IL", "PS")))
                .body("[0].parity.placesHeld", nullValue());
        String path = "/api/v1/events/" + event + "/sessions/" + session + "/participants";
        given().post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("representationGroup"));
        given().queryParam("representationGroup", "P".repeat(41)).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("representationGroup"));
        given().queryParam("representationGroup", "PS").post(path)
                .then().statusCode(201).body("representationGroup", equalTo("PS"));
    }
}
