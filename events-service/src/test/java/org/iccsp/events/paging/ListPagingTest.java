package org.iccsp.events.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.iccsp.events.Actors;
import org.iccsp.events.TestIdentityHeader;
import org.iccsp.events.event.api.EventRequest;
import org.iccsp.events.event.api.SessionRequest;
import org.iccsp.events.event.domain.Audience;
import org.iccsp.events.event.domain.EventKind;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.SessionKind;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.session.domain.SessionPlaces;
import org.iccsp.events.workinggroup.domain.WorkingGroupCommands;
import org.iccsp.events.workinggroup.domain.WorkingGroups;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/**
 * Every list pages by cursor: {@code Link: <…>; rel="next"} while more rows follow, none on the last page, no row
 * repeated or missed when rows are added between pages, and a cursor the list did not hand out is a 400.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class ListPagingTest {
    static final LocalDateTime START = LocalDateTime.of(2027, 3, 10, 9, 0);

    final EventPlanner planner;
    final Registrar registrar;
    final SessionPlaces places;
    final WorkingGroups groups;

    ListPagingTest(EventPlanner planner, Registrar registrar, SessionPlaces places, WorkingGroups groups) {
        this.planner = planner;
        this.registrar = registrar;
        this.places = places;
        this.groups = groups;
    }

    static RequestSpecification organiser() {
        return given().header(TestIdentityHeader.SUBJECT, "organizer-bob").header(TestIdentityHeader.ROLE, "organizer");
    }

    static RequestSpecification as(String person) {
        return given().header(TestIdentityHeader.SUBJECT, person).header(TestIdentityHeader.ROLE, "cso")
                .header(TestIdentityHeader.EMAIL, person + "@example.org");
    }

    UUID event(String title, LocalDateTime start, int capacity) {
        return planner.schedule(new EventRequest(title, null, EventKind.CONVENING, "Rome", "Europe/Rome", start,
                start.plusDays(2), Visibility.PUBLIC, capacity, null, null).command(), Actors.ORGANISER).id;
    }

    UUID session(UUID event, String title, int hour) {
        return session(event, title, hour, 20);
    }

    UUID session(UUID event, String title, int hour, int capacity) {
        return planner.addSession(event, new SessionRequest(title, SessionKind.SESSION, Audience.MIXED, null,
                START.withHour(hour), START.withHour(hour + 1), capacity, null).command(), Actors.ORGANISER).id;
    }

    String register(UUID event, String person) {
        return registrar.register(event, Actors.SELF.command(), Actors.cso(person)).id.toString();
    }

    /**
     * Follows the Link headers from {@code first}; {@code between} adds a row after the first page. Returns the ids
     * in the order they came; the last page has no Link.
     */
    static List<String> walk(Supplier<RequestSpecification> caller, String first, String ids, Runnable between) {
        List<String> seen = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null) {
            Response page = caller.get().get(next);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList(ids, String.class));
            String link = page.header("Link");
            if (link != null) {
                assertTrue(link.endsWith("; rel=\"next\""), link);
                next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            } else {
                next = null;
            }
            if (pages++ == 0) {
                between.run();
            }
        }
        assertTrue(pages > 1, "more than one page");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no row repeated: " + seen);
        return seen;
    }

    static void refusesABadCursor(Supplier<RequestSpecification> caller, String path, String foreignCursor) {
        String separator = path.contains("?") ? "&" : "?";
        caller.get().get(path + separator + "cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        caller.get().get(path + separator + "cursor=" + foreignCursor).then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        caller.get().get(path + separator + "limit=0").then().statusCode(400);
        caller.get().get(path + separator + "limit=501").then().statusCode(400);
    }

    /** A cursor of another list (the events'), which no other list accepts. */
    static String eventsCursor() {
        return org.iccsp.platform.web.Cursor.of("events", "2027-03-10T08:00Z", UUID.randomUUID().toString()).encode();
    }

    @Test
    void theEventsSearchPagesSoonestFirstWithItsFilters() {
        String marker = "pg" + UUID.randomUUID().toString().substring(0, 8);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(event("Paged " + marker + " " + i, START.plusDays(i * 3), 10).toString());
        }
        String late = "/api/v1/events?limit=2&kind=convening&from=2027-01-01&q=" + marker;
        List<String> seen = walk(ListPagingTest::organiserless, late, "id",
                () -> expected.add(event("Paged " + marker + " late", START.plusDays(100), 10).toString()));
        assertEquals(expected, seen);
        refusesABadCursor(ListPagingTest::organiserless, "/api/v1/events",
                org.iccsp.platform.web.Cursor.of("sessions", "x", "y", "z").encode());
        given().get("/api/v1/events?cursor=" + org.iccsp.platform.web.Cursor.of("events", "not-a-time",
                UUID.randomUUID().toString()).encode()).then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    static RequestSpecification organiserless() {
        return given();
    }

    @Test
    void theTimetableRegistrationsAndWaitlistPage() {
        UUID event = event("Paged timetable", START, 1);
        List<String> sessions = new ArrayList<>();
        for (int hour = 9; hour < 14; hour++) {
            sessions.add(session(event, "Session " + hour, hour, 1).toString());
        }
        assertEquals(sessions, walk(ListPagingTest::organiserless, "/api/v1/events/" + event + "/sessions?limit=2",
                "id", () -> sessions.add(session(event, "Session late", 16, 1).toString())));
        refusesABadCursor(ListPagingTest::organiserless, "/api/v1/events/" + event + "/sessions", eventsCursor());

        List<String> registrations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registrations.add(register(event, Actors.unique("pg-person")));
        }
        List<String> waitlisted = new ArrayList<>(registrations.subList(1, 5)); // capacity 1: the rest wait
        assertEquals(registrations, walk(ListPagingTest::organiser, "/api/v1/events/" + event + "/registrations?limit=2",
                "id", () -> {
                    String late = register(event, Actors.unique("pg-late"));
                    registrations.add(late);
                }));
        waitlisted.add(registrations.get(5));
        assertEquals(waitlisted, walk(ListPagingTest::organiser, "/api/v1/events/" + event + "/waitlist?limit=3",
                "id", () -> waitlisted.add(register(event, Actors.unique("pg-later")))));
        refusesABadCursor(ListPagingTest::organiser, "/api/v1/events/" + event + "/registrations", eventsCursor());
        refusesABadCursor(ListPagingTest::organiser, "/api/v1/events/" + event + "/waitlist", eventsCursor());
    }

    @Test
    void myRegistrationsPageInsideItsItemsObject() {
        String person = Actors.unique("pg-me");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(register(event("Mine " + i, START.plusDays(200 + i), 10), person));
        }
        assertEquals(mine, walk(() -> as(person), "/api/v1/registrations?limit=1", "items.id",
                () -> mine.add(register(event("Mine late", START.plusDays(300), 10), person))));
        as(person).get("/api/v1/registrations?limit=10").then().statusCode(200).body("items", hasSize(4));
        refusesABadCursor(() -> as(person), "/api/v1/registrations", eventsCursor());
    }

    @Test
    void participantsAndWorkingGroupsPage() {
        UUID event = event("Paged participants", START, 20);
        UUID session = session(event, "Circle", 10);
        List<String> participants = new ArrayList<>();
        for (String name : List.of("Amal", "Boaz", "Dana", "Eli")) {
            String person = Actors.unique("pg-" + name);
            participants.add(registrar.register(event, new org.iccsp.events.registration.api.RegistrationRequest(
                    name, null, null, null, null).command(), Actors.cso(person)).id.toString());
            places.join(event, session, null, Actors.cso(person));
        }
        String path = "/api/v1/events/" + event + "/sessions/" + session + "/participants";
        assertEquals(participants, walk(ListPagingTest::organiser, path + "?limit=3", "registrationId", () -> {
            String person = Actors.unique("pg-zara");
            participants.add(registrar.register(event, new org.iccsp.events.registration.api.RegistrationRequest(
                    "Zara", null, null, null, null).command(), Actors.cso(person)).id.toString());
            places.join(event, session, null, Actors.cso(person));
        }));
        refusesABadCursor(ListPagingTest::organiser, path, eventsCursor());

        List<String> names = new ArrayList<>();
        for (String name : List.of("Culture", "Health", "Water")) {
            names.add(groups.create(new WorkingGroupCommands.Create(event, null, name, null), Actors.ORGANISER)
                    .id.toString());
        }
        assertEquals(names, walk(ListPagingTest::organiser, "/api/v1/working-groups?eventId=" + event + "&limit=2",
                "id", () -> names.add(groups.create(new WorkingGroupCommands.Create(event, null, "Youth", null),
                        Actors.ORGANISER).id.toString())));
        refusesABadCursor(ListPagingTest::organiser, "/api/v1/working-groups?eventId=" + event, eventsCursor());
    }
}
