package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Events in a real browser: cso-alice opens an event's timetable, registers, downloads the calendar
 * entry and cancels from "My registrations"; organizer-bob approves a government's request for a
 * members-only event at his desk.
 */
@RealStack
class BrowserRegistrationIT {
    private static final String CONVENING = "Jericho convening of civil society";
    private static final String CONSULTATION = "Members' consultation on education funding";
    private static String convening;
    private static String consultation;

    @BeforeAll
    static void scheduleEvents() {
        convening = BrowserFixtures.event(CONVENING, "public", "2030-05-14", "Opening plenary",
                "Water and environment working group", "Youth exchange programmes", "Closing plenary: joint statement");
        consultation = BrowserFixtures.event(CONSULTATION, "members-only", "2030-06-03", "Consultation round");
    }

    @Test
    void aCsoRegistersForAnEventAndFollowsItInMyRegistrations() {
        try (Browser browser = Browser.start()) {
            browser.signIn("cso-alice");
            browser.click(By.linkText("Events"));
            browser.click(By.cssSelector("main a[href='/events/" + convening + "']"));
            assertEquals(CONVENING, browser.heading());
            String timetable = browser.text(By.cssSelector("section[aria-labelledby=timetable]"));
            for (String session : new String[] {"Opening plenary", "Water and environment working group",
                    "Youth exchange programmes", "Closing plenary: joint statement"}) {
                assertTrue(timetable.contains(session), session + " is on the timetable: " + timetable);
            }
            assertEquals(2, browser.texts(By.cssSelector("section[aria-labelledby=timetable] table")).size(),
                    "one table per day: " + timetable);
            assertTrue(timetable.contains("2030-05-14") && timetable.contains("2030-05-15"), timetable);
            browser.screenshot("event");

            browser.click(By.id("register-link"));
            assertTrue(browser.heading().contains(CONVENING), browser.heading());
            browser.type(By.id("name"), "Alice Haddad");
            browser.screenshot("registration-form");
            browser.click(By.id("registration-submit"));
            assertTrue(browser.path().matches("/my/registrations/[^/?]+"), browser.path());
            String registration = browser.path().substring("/my/registrations/".length());
            assertEquals("confirmed", browser.text(By.id("registration-status")), "a public event confirms at once");
            assertTrue(browser.text(By.id("registration-details")).contains("Alice Haddad"));
            browser.screenshot("registration");

            Browser.Download calendar = browser.fetch(By.id("calendar-" + registration));
            assertEquals(200, calendar.status(), calendar.body());
            assertTrue(calendar.contentType().startsWith("text/calendar"), calendar.contentType());
            assertTrue(calendar.body().contains("BEGIN:VCALENDAR") && calendar.body().contains(CONVENING), calendar.body());

            browser.click(By.id("nav-my-registrations"));
            By row = By.id("registration-" + registration);
            assertTrue(browser.text(row).contains(CONVENING), browser.text(row));
            assertTrue(browser.text(row).contains("confirmed"), browser.text(row));
            assertTrue(browser.text(row).contains("Jericho Intercontinental"), browser.text(row));
            browser.screenshot("my-registrations");

            browser.click(By.id("cancel-" + registration));
            assertEquals("/my/registrations", browser.path());
            assertTrue(browser.text(row).contains("cancelled"), browser.text(row));
            assertFalse(browser.present(By.id("cancel-" + registration)), "nothing left to cancel");
        }
    }

    @Test
    void anOrganiserApprovesARequestToAMembersOnlyEvent() {
        String request = Api.expect(Callers.GOV_FR, "POST", "/api/v1/events/" + consultation + "/registrations",
                "{\"name\": \"Camille Dupont\"}", 201).get("id").asText();
        try (Browser browser = Browser.start()) {
            browser.signIn("organizer-bob");
            browser.click(By.id("nav-organiser"));
            browser.click(By.cssSelector("main a[href='/organiser/events/" + consultation + "']"));
            assertTrue(browser.heading().contains(CONSULTATION), browser.heading());
            By row = By.xpath("//table[@id='desk-registrations']//tr[th[contains(., 'Camille Dupont')]]");
            assertTrue(browser.text(row).contains("requested"), browser.text(row));
            browser.screenshot("organiser-desk");

            browser.click(By.id("approve-" + request));
            assertTrue(browser.text(row).contains("confirmed"), browser.text(row));
            assertFalse(browser.present(By.id("approve-" + request)), "decided: no more decision buttons");
        }
        assertEquals("confirmed", Api.get(Callers.GOV_FR, "/api/v1/registrations/" + request).get("status").asText(),
                "the events-service has the decision");
    }
}
