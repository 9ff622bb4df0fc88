package org.iccsp.events.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iccsp.events.Actors;
import org.iccsp.events.event.api.SessionRequest;
import org.iccsp.events.event.domain.Audience;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.SessionKind;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.events.session.domain.SessionPlaces;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class SessionPlacesTest {
    final EventPlanner planner;
    final Registrar registrar;
    final SessionPlaces places;
    final EntityManager em;

    SessionPlacesTest(EventPlanner planner, Registrar registrar, SessionPlaces places, EntityManager em) {
        this.planner = planner;
        this.registrar = registrar;
        this.places = places;
        this.em = em;
    }

    UUID event() {
        return planner.schedule(Actors.event("Civil-society days", Visibility.PUBLIC, 100).command(),
                Actors.ORGANISER).id;
    }

    static SessionRequest request(Audience audience, int capacity) {
        return new SessionRequest("Working group on water", SessionKind.WORKING_GROUP, audience, "Room 3",
                LocalDateTime.of(2027, 3, 11, 10, 0), LocalDateTime.of(2027, 3, 11, 12, 0), capacity, null);
    }

    UUID session(UUID event, Audience audience, int capacity) {
        return planner.addSession(event, request(audience, capacity).command(), Actors.ORGANISER).id;
    }

    Caller confirmed(UUID event, Caller who) {
        assertEquals("confirmed", registrar.register(event, Actors.SELF.command(), who).status);
        return who;
    }

    static int status(Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            return e.problem().status();
        }
        throw new AssertionError("expected a problem");
    }

    long participants(UUID session) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from session_participant where session_id = ?1").setParameter(1, session)
                .getSingleResult()).longValue());
    }

    @Test
    void aSessionNeverTakesMoreThanItsCapacityAndOnlyItsAudience() {
        UUID event = event();
        UUID session = session(event, Audience.CIVIL_SOCIETY, 2);
        Caller a = confirmed(event, Actors.cso(Actors.unique("cso-a")));
        Caller b = confirmed(event, Actors.cso(Actors.unique("cso-b")));
        Caller c = confirmed(event, Actors.cso(Actors.unique("cso-c")));
        places.join(event, session, null, a);
        assertEquals(409, status(() -> places.join(event, session, null, a)), "once");
        places.join(event, session, null, b);
        assertEquals(409, status(() -> places.join(event, session, null, c)), "full");
        assertEquals(2, participants(session));

        assertEquals(403, status(() -> places.join(event, session, null,
                confirmed(event, Actors.government(Actors.unique("gov"), "JP")))), "civil-society session");
        assertEquals(409, status(() -> places.join(event, session, null, Actors.cso(Actors.unique("cso-unregistered")))));
        assertEquals(404, status(() -> places.join(event(), session, null, a)), "another event's session");
        assertEquals(422, status(() -> planner.changeSession(event, session,
                request(Audience.CIVIL_SOCIETY, 1).command(),
                Actors.ORGANISER)), "two places are taken");

        Registration aRegistration = QuarkusTransaction.requiringNew().call(() ->
                Registration.find("registrantSubject", a.subject()).firstResult());
        registrar.cancel(aRegistration.id, a);
        places.join(event, session, null, c); // a's place was released with the registration
        assertEquals(2, participants(session));

        UUID cancelled = session(event, Audience.MIXED, 5);
        planner.cancelSession(event, cancelled, Actors.ORGANISER);
        assertEquals(409, status(() -> places.join(event, cancelled, null, b)), "a cancelled session");
        assertEquals(0, participants(cancelled));
    }

    @Test
    void whoMayNotSeeTheEventLearnsNothingAboutItsSessions() {
        UUID event = planner.schedule(Actors.event("Members briefing", Visibility.MEMBERS_ONLY, 20).command(),
                Actors.ORGANISER).id;
        UUID session = session(event, Audience.MIXED, 5);
        assertEquals(404, status(() -> places.join(event, session, null, Actors.cso(Actors.unique("cso-outsider")))),
                "a CSO user may not see a members-only event: 404, not 409");
        assertEquals(409, status(() -> places.join(event, session, null, Actors.government(Actors.unique("gov"), "JP"))),
                "a member sees it, but is not registered");
    }

    @Test
    void fiftyParticipantsRacingForTenPlacesGetExactlyTen() throws Exception {
        UUID event = event();
        UUID session = session(event, Audience.MIXED, 10);
        List<Caller> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(confirmed(event, Actors.cso(Actors.unique("racer"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (Caller person : people) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    places.join(event, session, null, person);
                    return 201;
                } catch (ProblemException e) {
                    return e.problem().status();
                }
            }));
        }
        start.countDown();
        int joined = 0;
        for (Future<Integer> result : results) {
            int status = result.get();
            joined += status == 201 ? 1 : 0;
            assertEquals(true, status == 201 || status == 409, "joined or full, got " + status);
        }
        pool.shutdown();
        assertEquals(10, joined);
        assertEquals(10, participants(session));
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void organisersListParticipantsAndCheckThemInAtTheVenue() {
        UUID event = event();
        UUID session = session(event, Audience.MIXED, 5);
        Caller a = confirmed(event, Actors.cso(Actors.unique("cso-checkin")));
        UUID registration = places.join(event, session, null, a).registrationId();

        String path = "/api/v1/events/" + event + "/sessions/" + session + "/participants";
        given().get(path).then().statusCode(200).body("$", hasSize(1)).body("[0].checkedInAt", nullValue());
        given().post(path + "/" + registration + "/check-in").then().statusCode(200)
                .body("checkedInAt", notNullValue()).body("email", equalTo(a.email()));
        given().get(path).then().body("[0].checkedInAt", notNullValue());
        given().post(path + "/" + UUID.randomUUID() + "/check-in").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "cso-sam", roles = "cso")
    void aParticipantTakesAndGivesUpAPlaceOverHttpButNotInAFullSession() {
        UUID event = event();
        UUID open = session(event, Audience.CIVIL_SOCIETY, 5);
        UUID full = session(event, Audience.CIVIL_SOCIETY, 1);
        places.join(event, full, null, confirmed(event, Actors.cso(Actors.unique("cso-early"))));
        String registration = given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(201).extract().path("id");

        given().post("/api/v1/events/" + event + "/sessions/" + full + "/participants").then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(1, participants(full));
        given().post("/api/v1/events/" + event + "/sessions/" + open + "/participants").then().statusCode(201)
                .body("registrationId", equalTo(registration));
        given().get("/api/v1/events/" + event + "/sessions/" + open + "/participants").then().statusCode(403);
        given().delete("/api/v1/events/" + event + "/sessions/" + open + "/participants/" + registration)
                .then().statusCode(204);
        assertEquals(0, participants(open));
    }
}
