package org.iccsp.e2e;

import static org.iccsp.e2e.Callers.ADMIN;
import static org.iccsp.e2e.Callers.ORGANISER;

import java.util.UUID;

/**
 * What the browser tests look at, made through the API by whoever would make it: organisations an
 * admin lists, events an organiser schedules. Each test class makes its own and finds it by id
 * (names may repeat on a reused stack), so a test never depends on another's data.
 */
final class BrowserFixtures {
    private BrowserFixtures() {
    }

    record Organisation(String id, String legalName) {
    }

    /** A verified, publicly listed organisation (an admin adds it: it needs no verification). */
    static Organisation organisation(String legalName, String nameAr, String country, String city, String description,
            String... sectors) {
        String json = """
                {"legalName": "%s", %s"type": "ngo", "country": "%s", "city": "%s", "description": "%s",
                 "contactEmail": "office-%s@example.org", "sectors": [%s], "languages": ["ar", "he", "en"],
                 "publicListing": true}""".formatted(legalName, nameAr == null ? "" : "\"nameAr\": \"" + nameAr + "\", ",
                country, city, description, UUID.randomUUID(), quoted(sectors));
        return new Organisation(Api.expect(ADMIN, "POST", "/api/v1/organizations", json, 201).get("id").asText(), legalName);
    }

    /** An event of the organiser with sessions on its days (the page's timetable), at a venue in Asia/Hebron. */
    static String event(String title, String visibility, String day, String... sessions) {
        String event = Api.expect(ORGANISER, "POST", "/api/v1/events", """
                {"title": "%s", "kind": "convening", "venue": "Jericho Intercontinental", "timeZone": "Asia/Hebron",
                 "startsAt": "%sT09:00:00", "endsAt": "%sT17:00:00", "visibility": "%s", "capacity": 120,
                 "description": "Civil-society organisations and member governments plan the year's joint projects."}"""
                .formatted(title, day, nextDay(day), visibility), 201).get("id").asText();
        for (int i = 0; i < sessions.length; i++) {
            String date = i % 2 == 0 ? day : nextDay(day);
            int hour = 10 + i / 2 * 2;
            Api.expect(ORGANISER, "POST", "/api/v1/events/" + event + "/sessions", """
                    {"title": "%s", "kind": "session", "audience": "mixed", "room": "Hall %c",
                     "startsAt": "%sT%02d:00:00", "endsAt": "%sT%02d:30:00", "capacity": 60}"""
                    .formatted(sessions[i], 'A' + i, date, hour, date, hour + 1), 201);
        }
        return event;
    }

    private static String nextDay(String isoDate) {
        return java.time.LocalDate.parse(isoDate).plusDays(1).toString();
    }

    private static String quoted(String... values) {
        return String.join(", ", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList());
    }
}
