package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Events in a real browser: cso-alice opens an event's timetable, registers, downloads the calendar
 * entry and cancels from "My registrations"; organizer-bob approves a government's request for a
 * members-only event at his desk. The calendar entry downloaded and the one e-mailed are one entry.
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
            assertTrue(timetable.contains("Tuesday, May 14, 2030") && timetable.contains("Wednesday, May 15, 2030"),
                    "each day with its weekday: " + timetable);
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
            assertTrue(browser.path().startsWith("/my/registrations/" + registration + "/cancel"), "cancelling asks first: " + browser.path());
            assertTrue(browser.heading().contains(CONVENING), browser.heading());
            browser.click(By.id("confirm-cancel"));
            assertEquals("/my/registrations", browser.path());
            assertEquals("Your registration for “" + CONVENING + "” is cancelled.", browser.text(By.id("flash")));
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

    /**
     * The invitation e-mailed to a registrant and the .ics downloaded from the registration carry the
     * same UID and SEQUENCE (platform-calendar), so a calendar holds one entry, and the e-mailed CANCEL
     * withdraws the downloaded one.
     */
    @Test
    void theEmailedAndTheDownloadedCalendarEntryAreOneEntry() {
        String title = "Calendar check " + UUID.randomUUID();
        String event = BrowserFixtures.event(title, "public", "2030-09-10");
        String registration = Api.expect(Callers.CSO_B, "POST", "/api/v1/events/" + event + "/registrations",
                "{\"name\": \"Bashir Nassar\"}", 201).get("id").asText();
        String address = Callers.claims(Callers.CSO_B.token()).get("email").asText();

        String downloaded = download(registration);
        String mailed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> attachedCalendar(address, "Your place is confirmed: " + title), ics -> ics != null);
        assertEquals("UID:registration-" + registration + "@events.iccsp.org", property(downloaded, "UID"));
        assertEquals(property(downloaded, "UID"), property(mailed, "UID"), "one calendar entry\n" + mailed);
        assertEquals(property(downloaded, "SEQUENCE"), property(mailed, "SEQUENCE"));
        assertEquals(property(downloaded, "DTSTART"), property(mailed, "DTSTART"), "both at the venue's time");
        assertTrue(property(mailed, "DTSTART").startsWith("DTSTART;TZID=Asia/Hebron:"), mailed);
        assertTrue(mailed.contains("\r\nMETHOD:REQUEST\r\n"), mailed);

        Api.expect(Callers.ORGANISER, "DELETE", "/api/v1/events/" + event, null, 200, 204);
        String cancel = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> attachedCalendar(address, "Event cancelled: " + title), ics -> ics != null);
        String downloadedAfter = download(registration);
        assertTrue(cancel.contains("\r\nMETHOD:CANCEL\r\n") && downloadedAfter.contains("\r\nMETHOD:CANCEL\r\n"), cancel);
        assertEquals(property(downloaded, "UID"), property(cancel, "UID"), "the CANCEL withdraws the downloaded entry");
        assertEquals(property(downloadedAfter, "SEQUENCE"), property(cancel, "SEQUENCE"));
        assertTrue(Integer.parseInt(property(cancel, "SEQUENCE").substring("SEQUENCE:".length()))
                > Integer.parseInt(property(mailed, "SEQUENCE").substring("SEQUENCE:".length())), cancel);
    }

    private static String download(String registration) {
        Http.Reply ics = Api.call(Callers.CSO_B, "GET", "/api/v1/registrations/" + registration + "/invite.ics", null);
        assertEquals(200, ics.status(), ics.body());
        return ics.body();
    }

    /** The text/calendar part of the one message with this subject, decoded; null until it has arrived. */
    private static String attachedCalendar(String address, String subject) {
        Http.Reply box = Http.get(LocalStack.MAIL_API + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages/");
        if (box.status() != 200) {
            return null; // nothing received yet
        }
        List<String> mimes = new ArrayList<>();
        box.json().forEach(m -> {
            if (subject.equals(m.path("subject").asText())) {
                mimes.add(m.path("mimeMessage").asText()); // raw: transfer encodings still applied
            }
        });
        if (mimes.isEmpty()) {
            return null;
        }
        assertEquals(1, mimes.size(), "one message: " + subject);
        String mime = mimes.get(0).replace("\r\n", "\n").replace("\n", "\r\n");
        int part = mime.indexOf("Content-Type: text/calendar");
        assertTrue(part >= 0, "a calendar attachment in\n" + mime);
        int bodyStart = mime.indexOf("\r\n\r\n", part) + 4;
        String headers = mime.substring(part, bodyStart).toLowerCase();
        String body = mime.substring(bodyStart, mime.indexOf("\r\n--", bodyStart));
        if (headers.contains("content-transfer-encoding: base64")) {
            return new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
        }
        return headers.contains("content-transfer-encoding: quoted-printable") ? Mailbox.unquote(body) : body;
    }

    /** A property of the VEVENT, unfolded (the VTIMEZONE has DTSTART lines of its own). */
    private static String property(String ics, String name) {
        List<String> lines = List.of(ics.replace("\r\n ", "").split("\r\n"));
        return lines.subList(lines.indexOf("BEGIN:VEVENT"), lines.size()).stream()
                .filter(l -> l.startsWith(name + ":") || l.startsWith(name + ";")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in\n" + ics));
    }
}
