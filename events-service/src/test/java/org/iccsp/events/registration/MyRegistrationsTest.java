package org.iccsp.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.Actors;
import org.iccsp.events.event.api.EventRequest;
import org.iccsp.events.event.domain.EventKind;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.web.Caller;
import org.junit.jupiter.api.Test;

/** GET /api/v1/registrations: the caller's own registrations across events, and nobody else's. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class MyRegistrationsTest {
    static final String ME = "cso-my-registrations";
    static final String OTHER = "cso-my-registrations-other";

    final EventPlanner planner;
    final Registrar registrar;

    MyRegistrationsTest(EventPlanner planner, Registrar registrar) {
        this.planner = planner;
        this.registrar = registrar;
    }

    static EventRequest event(String title, LocalDateTime starts, int capacity) {
        return new EventRequest(title, null, EventKind.SUMMIT, "Fiera di Roma", "Europe/Rome", starts,
                starts.plusDays(1), Visibility.PUBLIC, capacity, null, null);
    }

    UUID schedule(String title, LocalDateTime starts, int capacity) {
        return planner.schedule(event(title, starts, capacity).command(), Actors.ORGANISER).id;
    }

    @Test
    @TestSecurity(user = ME, roles = "cso")
    void iSeeMyOwnRegistrationsUpcomingEventsFirstWithTheirEventAndNobodyElses() {
        Caller me = Actors.cso(ME);
        Caller other = Actors.cso(OTHER);
        LocalDateTime june = LocalDateTime.of(2028, 6, 1, 9, 0);
        LocalDateTime march = LocalDateTime.of(2028, 3, 10, 9, 0);
        UUID later = schedule("Ministerial part", june, 10);
        UUID sooner = schedule("Civil-society days", march, 1);
        UUID past = schedule("Last year's convening", march, 10);
        UUID mineLater = registrar.register(later, Actors.SELF.command(), me).id;
        registrar.register(sooner, Actors.SELF.command(), other); // takes the only place
        UUID mineSooner = registrar.register(sooner, Actors.SELF.command(), me).id;
        UUID minePast = registrar.register(past, Actors.SELF.command(), me).id;
        planner.change(past, event("Last year's convening", LocalDateTime.of(2020, 5, 4, 9, 0), 10).command(),
                Actors.ORGANISER);
        registrar.register(later, Actors.SELF.command(), other);

        given().get("/api/v1/registrations").then().statusCode(200)
                .body("items.id", equalTo(List.of(mineSooner.toString(), mineLater.toString(), minePast.toString())))
                .body("items[0].status", equalTo("waitlisted"))
                .body("items[0].waitlistRank", equalTo(1))
                .body("items[0].eventId", equalTo(sooner.toString()))
                .body("items[0].eventTitle", equalTo("Civil-society days"))
                .body("items[0].eventStartsAt", startsWith("2028-03-10T09:00"))
                .body("items[0].eventEndsAt", startsWith("2028-03-11T09:00"))
                .body("items[0].eventTimeZone", equalTo("Europe/Rome"))
                .body("items[0].eventVenue", equalTo("Fiera di Roma"))
                .body("items[0].eventStatus", equalTo("scheduled"))
                .body("items[1].status", equalTo("confirmed"))
                .body("items[1].places", equalTo(1))
                .body("items[1].createdAt", notNullValue())
                .body("items[2].eventStartsAt", startsWith("2020-05-04T09:00"));

        registrar.cancel(mineLater, me);
        given().queryParam("status", "confirmed").queryParam("status", "cancelled").get("/api/v1/registrations")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(mineLater.toString(), minePast.toString())))
                .body("items.status", equalTo(List.of("cancelled", "confirmed")));
        given().queryParam("status", "offered").get("/api/v1/registrations").then().statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("status", "maybe").get("/api/v1/registrations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
    }

    @Test
    @TestSecurity(user = "cso-my-registrations-newcomer", roles = "cso")
    void someoneWithoutRegistrationsGetsAnEmptyList() {
        registrar.register(schedule("Someone else's", LocalDateTime.of(2028, 1, 1, 9, 0), 5), Actors.SELF.command(),
                Actors.cso(OTHER + "-2"));
        given().get("/api/v1/registrations").then().statusCode(200).body("$", hasKey("items")).body("items", hasSize(0));
    }

    @Test
    void anonymousCallersAreUnauthenticated() {
        given().get("/api/v1/registrations").then().statusCode(401);
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/registrations"))
                .body("paths.'/api/v1/registrations'.get.parameters.name", equalTo(List.of("cursor", "eventId", "limit", "status")));
    }
}
