package org.iccsp.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.events.Actors;
import org.iccsp.events.event.api.EventRequest;
import org.iccsp.events.event.domain.EventKind;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.api.Decision;
import org.iccsp.events.registration.api.RegistrationRequest;
import org.iccsp.events.registration.domain.OfferExpiry;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.registration.messaging.RegistrationPublisher;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class RegistrationFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    final EventPlanner planner;
    final Registrar registrar;
    final OfferExpiry offerExpiry;

    RegistrationFlowTest(EventPlanner planner, Registrar registrar, OfferExpiry offerExpiry) {
        this.planner = planner;
        this.registrar = registrar;
        this.offerExpiry = offerExpiry;
    }

    UUID publicEvent(int capacity) {
        return planner.schedule(Actors.event("Public convening", Visibility.PUBLIC, capacity).command(),
                Actors.ORGANISER).id;
    }

    static Registration reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Registration.<Registration>findById(id));
    }

    static int status(Executable action) {
        try {
            action.execute();
        } catch (ProblemException e) {
            return e.problem().status();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a problem");
    }

    void expireOfferOf(UUID registration) {
        QuarkusTransaction.requiringNew().run(() -> Registration.update("offerExpiresAt = ?1 where id = ?2",
                OffsetDateTime.now().minusMinutes(1), registration));
        offerExpiry.expireOffers();
    }

    @Test
    void aFreedPlaceGoesToTheWaitlistInOrderAsATimeLimitedOfferAndEveryStepIsPublished() throws Exception {
        UUID event = publicEvent(1);
        Registration first = registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("cso-first")));
        Registration second = registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("cso-second")));
        var thirdCaller = Actors.cso(Actors.unique("cso-third"));
        Registration third = registrar.register(event, Actors.SELF.command(), thirdCaller);
        assertEquals("confirmed", first.status);
        assertEquals("waitlisted", second.status);
        assertEquals("waitlisted", third.status);
        assertTrue(second.waitlistPosition < third.waitlistPosition);

        registrar.cancel(first.id, Actors.cso(first.registrantSubject));
        Registration offered = reload(second.id);
        assertEquals("offered", offered.status);
        assertTrue(offered.offerExpiresAt.isAfter(OffsetDateTime.now().plusHours(47)), "held for 48 hours");
        assertEquals("waitlisted", reload(third.id).status, "the offer holds the only place");
        assertEquals(409, status(() -> registrar.acceptOffer(third.id, thirdCaller)));

        expireOfferOf(second.id);
        assertEquals("expired", reload(second.id).status);
        assertEquals("offered", reload(third.id).status, "next in line");
        Registration accepted = registrar.acceptOffer(third.id, thirdCaller);
        assertEquals("confirmed", accepted.status);
        assertNull(accepted.offerExpiresAt);

        UUID membersOnly = planner.schedule(Actors.event("Senior officials", Visibility.MEMBERS_ONLY, 5).command(),
                Actors.ORGANISER).id;
        Registration requested = registrar.register(membersOnly, Actors.SELF.command(),
                Actors.government(Actors.unique("gov"), "FR"));
        assertEquals("requested", requested.status);
        assertEquals("rejected", registrar.decide(requested.id, Decision.REJECT.command(), Actors.ORGANISER).status);

        Set<String> keys = Set.of(first.id.toString(), second.id.toString(), third.id.toString(), requested.id.toString());
        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .await(RegistrationPublisher.TOPIC, r -> keys.contains(r.key()), 10, Duration.ofSeconds(30));
        assertEquals(10, records.size());
        Map<String, List<String>> typesByRegistration = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(r -> type(r.value()), Collectors.toList())));
        assertEquals(List.of("confirmed", "cancelled"), typesByRegistration.get(first.id.toString()));
        assertEquals(List.of("waitlisted", "offered", "expired"), typesByRegistration.get(second.id.toString()));
        assertEquals(List.of("waitlisted", "offered", "confirmed"), typesByRegistration.get(third.id.toString()));
        assertEquals(List.of("requested", "rejected"), typesByRegistration.get(requested.id.toString()));
        for (ConsumerRecord<String, String> record : records) {
            EventContract.assertConforms("events/registration-" + type(record.value()) + ".v1.json", record.value());
        }
    }

    private static String type(String cloudEvent) {
        try {
            String type = JSON.readTree(cloudEvent).get("type").asText();
            return type.substring("org.iccsp.events.registration.".length(), type.length() - ".v1".length());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void moreCapacityOffersTheNewPlacesToTheWaitlistAndLessThanTakenIsRefused() {
        UUID event = publicEvent(1);
        registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("cso-in")));
        Registration waiting = registrar.register(event, Actors.SELF.command(),
                Actors.cso(Actors.unique("cso-waiting")));
        assertEquals("waitlisted", waiting.status);
        var bigger = Actors.event("Public convening", Visibility.PUBLIC, 2);
        planner.change(event, bigger.command(), Actors.ORGANISER);
        assertEquals("offered", reload(waiting.id).status);
        assertEquals(422, status(() -> planner.change(event, Actors.event("Smaller", Visibility.PUBLIC, 1).command(),
                Actors.ORGANISER)), "two places are held");
    }

    @Test
    void membersOnlyRegistrationsWaitForAnOrganiserWhoApprovesRejectsOrWaitlists() {
        UUID event = planner.schedule(Actors.event("Intergovernmental meeting", Visibility.MEMBERS_ONLY, 1).command(),
                Actors.ORGANISER).id;
        Registration gb = registrar.register(event, Actors.SELF.command(),
                Actors.government(Actors.unique("gov-gb"), "GB"));
        Registration fr = registrar.register(event, Actors.SELF.command(),
                Actors.government(Actors.unique("gov-fr"), "FR"));
        assertEquals("requested", gb.status);

        assertEquals("confirmed", registrar.decide(gb.id, Decision.APPROVE.command(), Actors.ORGANISER).status);
        assertEquals(409, status(() -> registrar.decide(fr.id, Decision.APPROVE.command(), Actors.ORGANISER)), "full");
        Registration waitlisted = registrar.decide(fr.id, Decision.WAITLIST.command(), Actors.ORGANISER);
        assertEquals("waitlisted", waitlisted.status);
        assertNotNull(waitlisted.waitlistPosition);
        assertEquals(409, status(() -> registrar.decide(gb.id, Decision.WAITLIST.command(), Actors.ORGANISER)),
                "not requested");
        assertEquals(403, status(() -> registrar.decide(fr.id, Decision.APPROVE.command(), Actors.cso("cso-x"))));

        registrar.decide(gb.id, Decision.REJECT.command(), Actors.ORGANISER);
        assertEquals("offered", reload(fr.id).status, "a rejection frees the place for the waitlist");
    }

    @Test
    void aGovernmentRegistersOneDelegationInProtocolOrderTakingAPlacePerPerson() {
        UUID event = planner.schedule(Actors.event("Ministerial part", Visibility.MEMBERS_ONLY, 10).command(),
                Actors.ORGANISER).id;
        var delegation = new RegistrationRequest.Delegation(new RegistrationRequest.Delegate("Jane Doe", "Minister"),
                List.of(new RegistrationRequest.Delegate("John Roe", "Ambassador"),
                        new RegistrationRequest.Delegate("Ann Poe", "Adviser")));
        Registration r = registrar.register(event, new RegistrationRequest(null, null, delegation,
                null, null).command(),
                Actors.government(Actors.unique("gov-it"), "IT"));
        assertEquals(3, r.places);
        assertEquals("IT", r.governmentCode);
        assertTrue(r.delegation.indexOf("Jane Doe") < r.delegation.indexOf("John Roe"));
        assertEquals(409, status(() -> registrar.register(event,
                new RegistrationRequest(null, null, delegation, null, null).command(),
                Actors.government(Actors.unique("gov-it-2"), "IT"))), "one delegation per government");

        UUID small = planner.schedule(Actors.event("Small room", Visibility.PUBLIC, 2).command(), Actors.ORGANISER).id;
        assertEquals(403, status(() -> registrar.register(small,
                new RegistrationRequest(null, null, delegation, null, null).command(),
                Actors.cso(Actors.unique("cso")))), "only governments bring delegations");
        assertEquals(422, status(() -> registrar.register(small,
                new RegistrationRequest(null, null, delegation, null, null).command(),
                Actors.government(Actors.unique("gov-de"), "DE"))));
    }

    @Test
    @TestSecurity(user = "cso-dana", roles = "cso")
    void aCsoUserRegistersOnceSeesItAndCancelsItThemself() {
        UUID event = publicEvent(10);
        long registrations = Registration.count();
        String id = given().contentType(ContentType.JSON).body("{\"name\": \"Dana\"}")
                .when().post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(201).body("status", equalTo("confirmed")).body("name", equalTo("Dana"))
                .extract().path("id");
        long outbox = OutboxEvent.count();
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(registrations + 1, Registration.count(), "registering twice writes nothing");
        assertEquals(outbox, OutboxEvent.count());

        given().get("/api/v1/registrations/" + id).then().statusCode(200).body("eventId", equalTo(event.toString()));
        given().get("/api/v1/events/" + event + "/registrations").then().statusCode(403);
        given().delete("/api/v1/registrations/" + id).then().statusCode(200).body("status", equalTo("cancelled"));
        given().delete("/api/v1/registrations/" + id).then().statusCode(409);
        // after cancelling, registering again is allowed
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/events/" + event + "/registrations").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "cso-late-comer", roles = "cso")
    void registeringForAnEventThatIsOverOrCancelledIsAConflictAndWritesNothing() {
        UUID over = planner.schedule(new EventRequest("Last year's convening", null, EventKind.CONVENING, "Amman",
                "Asia/Amman", LocalDateTime.of(2020, 5, 3, 9, 0), LocalDateTime.of(2020, 5, 4, 17, 0),
                Visibility.PUBLIC, 10, null, null).command(), Actors.ORGANISER).id;
        UUID cancelled = publicEvent(10);
        planner.cancel(cancelled, Actors.ORGANISER);
        long registrations = Registration.count();
        long outbox = OutboxEvent.count();
        for (UUID event : List.of(over, cancelled)) {
            given().contentType(ContentType.JSON).body("{}").post("/api/v1/events/" + event + "/registrations")
                    .then().statusCode(409).contentType("application/problem+json");
        }
        assertEquals(registrations, Registration.count());
        assertEquals(outbox, OutboxEvent.count());
    }

    @Test
    @TestSecurity(user = "cso-eve", roles = "cso")
    void someoneElsesRegistrationDoesNotExistForMe() {
        Registration other = registrar.register(publicEvent(5), Actors.SELF.command(),
                Actors.cso(Actors.unique("cso-frank")));
        given().get("/api/v1/registrations/" + other.id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/registrations/" + other.id).then().statusCode(404);
        given().post("/api/v1/registrations/" + other.id + "/acceptance").then().statusCode(404);
        given().get("/api/v1/registrations/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void organisersSeeRegistrationsAndTheWaitlistHeadFirstAndDecideOverHttp() {
        UUID event = publicEvent(1);
        registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("cso-g")));
        Registration w1 = registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("cso-h")));
        Registration w2 = registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("cso-i")));

        given().get("/api/v1/events/" + event + "/registrations").then().statusCode(200).body("$", hasSize(3));
        given().get("/api/v1/events/" + event + "/waitlist").then().statusCode(200)
                .body("id", equalTo(List.of(w1.id.toString(), w2.id.toString())))
                .body("waitlistRank", equalTo(List.of(1, 2)));
        given().contentType(ContentType.JSON).body("{\"decision\": \"reject\"}")
                .when().post("/api/v1/registrations/" + w1.id + "/decision")
                .then().statusCode(200).body("status", equalTo("rejected"));
        given().get("/api/v1/registrations/" + w2.id).then().statusCode(200).body("waitlistRank", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"decision\": \"maybe\"}")
                .when().post("/api/v1/registrations/" + w2.id + "/decision")
                .then().statusCode(400).body("errors[0].field", equalTo("decision"));
        given().get("/api/v1/events/" + event).then().body("placesLeft", equalTo(0))
                .body("startsAtUtc", notNullValue());
    }
}
