package org.iccsp.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.Actors;
import org.iccsp.events.event.api.EventRequest;
import org.iccsp.events.event.api.ParityRequest;
import org.iccsp.events.event.domain.EventKind;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.api.Decision;
import org.iccsp.events.registration.api.RegistrationRequest;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** Israeli and Palestinian participants within ±1: enforced on confirmation and on waitlist promotion. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class ParityTest {
    final EventPlanner planner;
    final Registrar registrar;

    ParityTest(EventPlanner planner, Registrar registrar) {
        this.planner = planner;
        this.registrar = registrar;
    }

    UUID balancedEvent(Visibility visibility) {
        return planner.schedule(new EventRequest("25-leader convening", null, EventKind.CONVENING, "Amman",
                "Asia/Amman", LocalDateTime.of(2027, 5, 3, 9, 0), LocalDateTime.of(2027, 5, 4, 17, 0), visibility, 25,
                null, new ParityRequest(List.of("IL", "PS"), 1)).command(), Actors.ORGANISER).id;
    }

    static RegistrationRequest as(String group) {
        return new RegistrationRequest(null, null, null, null, group);
    }

    static String statusOf(UUID registration) {
        return QuarkusTransaction.requiringNew().call(() -> Registration.<Registration>findById(registration).status);
    }

    @Test
    void anUnbalancingRegistrationWaitsUntilTheOtherGroupCatchesUp() {
        UUID event = balancedEvent(Visibility.PUBLIC);
        assertEquals("confirmed", registrar.register(event, as("IL").command(),
                Actors.cso(Actors.unique("il-1"))).status);
        Registration il2 = registrar.register(event, as("IL").command(), Actors.cso(Actors.unique("il-2")));
        assertEquals("waitlisted", il2.status, "2 to 0 would break ±1");
        assertEquals("confirmed", registrar.register(event, as("PS").command(),
                Actors.cso(Actors.unique("ps-1"))).status);
        assertEquals("offered", statusOf(il2.id), "1 to 1 now: the waitlisted Israeli participant is offered the place");
        assertEquals("confirmed", registrar.register(event, as("PS").command(),
                Actors.cso(Actors.unique("ps-2"))).status);
        assertEquals("confirmed", registrar.register(event, as("PS").command(),
                Actors.cso(Actors.unique("ps-3"))).status,
                "3 to 2 is within ±1");
        assertEquals("waitlisted", registrar.register(event, as("PS").command(),
                Actors.cso(Actors.unique("ps-4"))).status,
                "4 to 2 is not");
    }

    @Test
    void cancellationsThatUnbalanceTheEventDoNotLockTheSmallerGroupOut() {
        UUID event = balancedEvent(Visibility.PUBLIC);
        for (int i = 0; i < 3; i++) {
            registrar.register(event, as("IL").command(), Actors.cso(Actors.unique("il")));
            var ps = Actors.cso(Actors.unique("ps"));
            registrar.cancel(registrar.register(event, as("PS").command(), ps).id, ps);
        }
        // 3 to 0: one more Palestinian participant (3 to 1) brings the balance closer, so is confirmed
        assertEquals("confirmed", registrar.register(event, as("PS").command(),
                Actors.cso(Actors.unique("ps"))).status);
        assertEquals("waitlisted", registrar.register(event, as("IL").command(),
                Actors.cso(Actors.unique("il"))).status);
    }

    @Test
    void anOrganiserCannotApproveAnUnbalancingRegistration() {
        UUID event = balancedEvent(Visibility.MEMBERS_ONLY);
        Registration il1 = registrar.register(event, as("IL").command(), Actors.government(Actors.unique("g1"), "GB"));
        Registration il2 = registrar.register(event, as("IL").command(), Actors.government(Actors.unique("g2"), "FR"));
        registrar.decide(il1.id, Decision.APPROVE.command(), Actors.ORGANISER);
        try {
            registrar.decide(il2.id, Decision.APPROVE.command(), Actors.ORGANISER);
            throw new AssertionError("expected a 422");
        } catch (ProblemException e) {
            assertEquals(422, e.problem().status());
            assertEquals("representationGroup", e.problem().errors().get(0).field());
        }
        assertEquals("requested", statusOf(il2.id));
    }

    @Test
    @TestSecurity(user = "cso-parity", roles = "cso")
    void theRuleIsShownAndAGroupIsRequired() {
        UUID event = balancedEvent(Visibility.PUBLIC);
        given().get("/api/v1/events/" + event).then().statusCode(200)
                .body("parity.groups", equalTo(List.of("IL", "PS")))
                .body("parity.rule", equalTo("confirmed participants of IL, PS stay within ±1 of each other"))
                .body("parity.placesHeld", nullValue());
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(400).body("errors[0].field", equalTo("representationGroup"));
        given().contentType(ContentType.JSON).body("{\"representationGroup\": \"XX\"}")
                .post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(400).body("errors[0].field", equalTo("representationGroup"));
        given().contentType(ContentType.JSON).body("{\"representationGroup\": \"PS\"}")
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void organisersSeeTheBalance() {
        UUID event = balancedEvent(Visibility.PUBLIC);
        registrar.register(event, as("PS").command(), Actors.cso(Actors.unique("ps")));
        given().get("/api/v1/events/" + event).then().statusCode(200)
                .body("parity.tolerance", equalTo(1))
                .body("parity.placesHeld.IL", equalTo(0))
                .body("parity.placesHeld.PS", equalTo(1));
        given().contentType(ContentType.JSON).body("""
                {"title": "Unbalanced", "kind": "convening", "venue": "Amman", "timeZone": "Asia/Amman",
                 "startsAt": "2027-05-03T09:00", "endsAt": "2027-05-04T17:00", "visibility": "public", "capacity": 25,
                 "parity": {"groups": ["IL", "IL"], "tolerance": 1}}""")
                .post("/api/v1/events").then().statusCode(400).body("errors[0].field", equalTo("parity.groups"));
    }
}
