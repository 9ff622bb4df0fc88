package org.iccsp.events.registration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iccsp.events.Actors;
import org.iccsp.events.TestIdentityHeader;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/**
 * 200 people register over HTTP for a 25-place convening at the same moment: exactly 25 are
 * confirmed, the other 175 are waitlisted in the order they arrived.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class RegistrationConcurrencyTest {
    static final int PEOPLE = 200;
    static final int PLACES = 25;

    final EventPlanner planner;

    RegistrationConcurrencyTest(EventPlanner planner) {
        this.planner = planner;
    }

    @Test
    void capacityIsNeverExceededAndTheRestAreWaitlistedFirstComeFirstServed() throws Exception {
        UUID event = planner.schedule(Actors.event("25-leader convening", Visibility.PUBLIC, PLACES).command(),
                Actors.ORGANISER).id;
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String person = "leader-" + i + "-" + UUID.randomUUID();
            answers.add(pool.submit(() -> {
                start.await();
                return given().header(TestIdentityHeader.SUBJECT, person).header(TestIdentityHeader.ROLE, "cso")
                        .contentType(ContentType.JSON).body("{}")
                        .post("/api/v1/events/" + event + "/registrations")
                        .then().statusCode(201).extract().path("status");
            }));
        }
        start.countDown();
        int confirmedAnswers = 0;
        for (Future<String> answer : answers) {
            confirmedAnswers += "confirmed".equals(answer.get()) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(PLACES, confirmedAnswers);

        List<Registration> confirmed = QuarkusTransaction.requiringNew().call(() ->
                Registration.list("eventId = ?1 and status = 'confirmed' order by createdAt", event));
        List<Registration> waitlisted = QuarkusTransaction.requiringNew().call(() ->
                Registration.list("eventId = ?1 and status = 'waitlisted' order by waitlistPosition", event));
        assertEquals(PLACES, confirmed.size());
        assertEquals(PEOPLE - PLACES, waitlisted.size());
        assertEquals(PLACES, QuarkusTransaction.requiringNew().call(() -> Registration.placesHeld(event)));

        // FIFO: everyone confirmed took the event's lock before anyone waitlisted, and the waitlist
        // order is the order in which they took it
        var lastConfirmed = confirmed.get(PLACES - 1).createdAt;
        for (int i = 0; i < waitlisted.size(); i++) {
            Registration r = waitlisted.get(i);
            assertTrue(!r.createdAt.isBefore(lastConfirmed), "confirmed before a later arrival");
            if (i > 0) {
                assertTrue(!r.createdAt.isBefore(waitlisted.get(i - 1).createdAt), "waitlist in arrival order");
            }
        }
    }
}
