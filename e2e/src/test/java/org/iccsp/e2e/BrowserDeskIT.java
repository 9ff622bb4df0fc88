package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The state the pages show (issue 18, item 6), in Hebrew on a 390 px phone against the real stack: cso-alice
 * registers and the event page then says she is registered instead of offering "Register"; organizer-bob's
 * check-in desk finds her by name, checks her in (in the venue's time) and undoes it, registers a walk-in, and
 * rejects gov-fr's confirmed registration through its confirmation page; each action ends with a message, and
 * no page scrolls sideways.
 */
@RealStack
class BrowserDeskIT {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Test
    void registeredStateAndTheCheckInDeskInHebrewOnAPhone() {
        String title = "Check-in desk convening " + UUID.randomUUID().toString().substring(0, 8);
        String event = BrowserFixtures.event(title, "public", "2030-07-08", "Opening circle");
        String delegation = Api.expect(Callers.GOV_FR, "POST", "/api/v1/events/" + event + "/registrations",
                "{\"name\": \"Camille Dupont\", \"delegation\": {\"head\": {\"name\": \"Camille Dupont\", \"title\": \"Ambassadrice\"},"
                        + " \"members\": [{\"name\": \"Luc Martin\"}]}}", 201).get("id").asText();

        String registration;
        try (Browser alice = Browser.phone()) {
            alice.signIn("cso-alice");
            alice.open("/events/" + event + "?lang=he");
            assertEquals("rtl", alice.attribute(By.tagName("html"), "dir"));
            alice.click(By.id("register-link"));
            alice.type(By.id("name"), "Alice Haddad");
            alice.click(By.id("registration-submit"));
            assertTrue(alice.path().matches("/my/registrations/[^/?]+"), alice.path());
            registration = alice.path().substring("/my/registrations/".length());

            alice.open("/events/" + event);
            String state = alice.text(By.id("my-registration"));
            assertTrue(state.contains("את/ה רשום/ה"), state);
            assertEquals("/my/registrations/" + registration, alice.attribute(By.id("my-registration-link"), "href")
                    .replaceFirst("^https?://[^/]+", ""));
            assertFalse(alice.present(By.id("register-link")), "registered: no Register link any more");
            noSidewaysScroll(alice, "the event page");
            alice.screenshot("event-registered-phone-he");
        }

        try (Browser bob = Browser.phone()) {
            bob.signIn("organizer-bob");
            bob.open("/organiser/events/" + event + "?lang=he");
            String delegationList = bob.text(By.id("delegation-" + delegation));
            assertTrue(delegationList.contains("Luc Martin"), "the desk shows the delegation's members: " + delegationList);
            bob.click(By.id("check-in-desk-link"));
            assertTrue(bob.text(By.id("attendance")).startsWith("0 "), bob.text(By.id("attendance")));

            bob.type(By.id("q"), "Haddad");
            bob.click(By.id("check-in-search-submit"));
            assertTrue(bob.present(By.id("reg-" + registration)), "the search finds Alice");
            assertFalse(bob.present(By.id("reg-" + delegation)), "and only who matches");

            bob.click(By.id("check-in-" + registration));
            assertTrue(bob.text(By.id("flash")).contains("Alice Haddad"), bob.text(By.id("flash")));
            assertTrue(bob.text(By.id("attendance")).startsWith("1 "), bob.text(By.id("attendance")));
            By checkedIn = By.id("checked-in-at-" + registration);
            String instant = bob.attribute(checkedIn, "datetime");
            assertEquals(OffsetDateTime.parse(instant).atZoneSameInstant(ZoneId.of("Asia/Hebron")).format(MINUTES),
                    bob.text(checkedIn), "the check-in time is the venue's");
            noSidewaysScroll(bob, "the check-in desk");
            bob.screenshot("check-in-desk-phone-he");

            bob.click(By.id("undo-" + registration));
            assertTrue(bob.text(By.id("flash")).contains("Alice Haddad"), bob.text(By.id("flash")));
            assertTrue(bob.present(By.id("check-in-" + registration)), "checked in no more");
            assertTrue(bob.text(By.id("attendance")).startsWith("0 "), bob.text(By.id("attendance")));

            bob.type(By.id("walk-in-name"), "Yusuf Nasser");
            bob.type(By.id("walk-in-affiliation"), "Gaza Youth Forum");
            bob.click(By.id("walk-in-submit"));
            assertTrue(bob.text(By.id("flash")).contains("Yusuf Nasser"), bob.text(By.id("flash")));
            String walkInRow = bob.text(By.id("check-in-desk"));
            assertTrue(walkInRow.contains("Yusuf Nasser") && walkInRow.contains("Gaza Youth Forum"), walkInRow);
            assertTrue(bob.text(By.id("attendance")).startsWith("1 "), bob.text(By.id("attendance")));
            noSidewaysScroll(bob, "the check-in desk after a walk-in");

            bob.open("/organiser/events/" + event);
            bob.click(By.id("reject-" + delegation));
            assertTrue(bob.heading().contains("Camille Dupont"), bob.heading());
            String effects = bob.text(By.id("reject-effects"));
            assertTrue(effects.contains("רשימת ההמתנה"), "says the place goes to the waitlist: " + effects);
            assertTrue(bob.text(By.id("reject-summary")).contains("Luc Martin"), bob.text(By.id("reject-summary")));
            noSidewaysScroll(bob, "the rejection's confirmation");
            bob.screenshot("reject-confirmation-phone-he");
            bob.click(By.id("reject-confirm"));
            assertTrue(bob.path().startsWith("/organiser/events/" + event), bob.path());
            assertTrue(bob.text(By.id("flash")).contains("Camille Dupont"), bob.text(By.id("flash")));
            assertFalse(bob.present(By.id("reject-" + delegation)), "rejected: nothing left to reject");
            noSidewaysScroll(bob, "the desk");
        }
        assertEquals("rejected", Api.get(Callers.GOV_FR, "/api/v1/registrations/" + delegation).get("status").asText(),
                "the events-service has the rejection");
        assertEquals("confirmed", Api.get(Callers.CSO_A, "/api/v1/registrations/" + registration).get("status").asText());
    }

    private static void noSidewaysScroll(Browser browser, String where) {
        int overflow = browser.horizontalOverflow();
        assertTrue(overflow <= 0, where + " scrolls sideways by " + overflow + " px at 390 px: " + browser.widestElements());
    }
}
