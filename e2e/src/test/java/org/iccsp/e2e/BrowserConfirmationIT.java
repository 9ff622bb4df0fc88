package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Irreversible steps go through a check-your-answers page, and every action ends on a page that says what happened
 * (issue 18): admin-carol releases an embargo on a 390 px phone in Arabic (the page lists each pledge, its amount,
 * target and the governments it announces; then the message, and the released embargo keeps its list); cso-alice
 * gives up a session place and cancels a registration in French.
 */
@RealStack
class BrowserConfirmationIT {

    @Test
    void anAdminReleasesAnEmbargoThroughItsConfirmationPageInArabicOnAPhone() {
        String name = "confirm-it-" + UUID.randomUUID().toString().substring(0, 8);
        String embargo = Api.expect(Callers.ADMIN, "POST", "/api/v1/embargoes", "{\"name\": \"" + name + "\"}", 201)
                .get("id").asText();
        String gb = sealed(Callers.GOV_GB, embargo, "1250000", "GBP", "Jerusalem schools twinning");
        String fr = sealed(Callers.GOV_FR, embargo, "900000", "EUR", "Jordan valley water council");

        try (Browser browser = Browser.phone()) {
            browser.signIn("admin-carol");
            browser.open("/admin/embargoes?lang=ar");
            browser.click(By.id("release-" + embargo));
            assertTrue(browser.path().startsWith("/admin/embargoes/" + embargo + "/release"), browser.path());
            assertTrue(browser.heading().contains(name), browser.heading());
            String gbRow = browser.text(By.id("release-pledges-" + gb));
            assertTrue(gbRow.contains("المملكة المتحدة") && gbRow.contains("GBP") && gbRow.contains("Jerusalem schools twinning"), gbRow);
            String frRow = browser.text(By.id("release-pledges-" + fr));
            assertTrue(frRow.contains("فرنسا") && frRow.contains("EUR") && frRow.contains("Jordan valley water council"), frRow);
            String governments = browser.text(By.id("release-governments"));
            assertTrue(governments.contains("المملكة المتحدة") && governments.contains("فرنسا"), governments); // countries by name
            assertTrue(browser.text(By.id("release-summary")).contains("سيُعلن تعهدان من حكومتين"),
                    browser.text(By.id("release-summary")));
            assertTrue(browser.present(By.id("cancel-release")), "a way back without releasing");
            assertEquals(0, browser.horizontalOverflow(), "no sideways scroll at 390 px: " + browser.widestElements());
            browser.screenshot("phone-embargo-release-confirm-ar");
            // nothing is released by looking
            assertEquals("sealed", Api.get(Callers.ADMIN, "/api/v1/embargoes/" + embargo).get("status").asText());

            browser.click(By.id("confirm-release"));
            assertTrue(browser.path().startsWith("/admin/embargoes"), browser.path());
            String said = browser.text(By.id("flash"));
            assertTrue(said.contains("رُفع الحظر «" + name + "»") && said.contains("أُعلن الآن تعهدان من حكومتين"), said);
            String released = browser.text(By.id("released-" + embargo));
            assertTrue(released.contains(name) && released.contains("admin-carol"), released);
            assertTrue(browser.present(By.id("released-pledges-" + embargo + "-" + gb)), "the released list keeps GB's pledge");
            assertTrue(browser.present(By.id("released-pledges-" + embargo + "-" + fr)), "the released list keeps FR's pledge");
            assertFalse(browser.present(By.id("release-" + embargo)), "a released embargo offers no release");
            assertEquals(0, browser.horizontalOverflow(), "no sideways scroll at 390 px: " + browser.widestElements());
            browser.screenshot("phone-embargo-released-ar");

            // the message is shown once
            browser.open("/admin/embargoes");
            assertFalse(browser.present(By.id("flash")), "the message is gone on the next page");
        }
        assertEquals("announced", Api.get(Callers.ADMIN, "/api/v1/pledges/" + gb).get("status").asText());
        assertEquals("announced", Api.get(Callers.ADMIN, "/api/v1/pledges/" + fr).get("status").asText());
    }

    @Test
    void aParticipantGivesUpAPlaceAndCancelsARegistrationThroughConfirmationPagesInFrench() {
        String title = "Confirmation check " + UUID.randomUUID().toString().substring(0, 8);
        String event = BrowserFixtures.event(title, "public", "2031-04-08", "Atelier sur l'eau");
        String session = Api.get(Callers.ORGANISER, "/api/v1/events/" + event + "/sessions").get(0).get("id").asText();
        JsonNode registration = Api.expect(Callers.CSO_A, "POST", "/api/v1/events/" + event + "/registrations",
                "{\"name\": \"Alice Haddad\"}", 201);
        String id = registration.get("id").asText();
        assertEquals("confirmed", registration.get("status").asText(), "a public event confirms at once");

        try (Browser browser = Browser.start()) {
            browser.signIn("cso-alice");
            browser.open("/my/registrations/" + id + "?lang=fr");
            browser.click(By.id("join-" + session));
            assertEquals("Vous avez une place à « Atelier sur l'eau ».", browser.text(By.id("flash")));

            browser.click(By.id("leave-" + session));
            assertTrue(browser.path().startsWith("/my/registrations/" + id + "/sessions/" + session + "/leave"), browser.path());
            assertTrue(browser.heading().contains("Libérer votre place"), browser.heading());
            browser.click(By.id("confirm-leave"));
            assertEquals("Vous avez libéré votre place à « Atelier sur l'eau ».", browser.text(By.id("flash")));

            browser.click(By.id("cancel-" + id));
            assertTrue(browser.path().startsWith("/my/registrations/" + id + "/cancel"), browser.path());
            assertTrue(browser.heading().contains("Annuler votre inscription") && browser.heading().contains(title),
                    browser.heading());
            assertTrue(browser.text(By.id("cancel-summary")).contains("Jericho Intercontinental"),
                    browser.text(By.id("cancel-summary")));
            browser.screenshot("registration-cancel-confirm-fr");
            // "keep my registration" changes nothing
            browser.click(By.id("keep-registration"));
            assertEquals("/my/registrations/" + id, browser.path());
            assertEquals("confirmed", Api.get(Callers.CSO_A, "/api/v1/registrations/" + id).get("status").asText());

            browser.click(By.id("cancel-" + id));
            browser.click(By.id("confirm-cancel"));
            assertEquals("/my/registrations/" + id, browser.path());
            assertEquals("Votre inscription à « " + title + " » est annulée.", browser.text(By.id("flash")));
            assertFalse(browser.present(By.id("cancel-" + id)), "nothing left to cancel");
            browser.screenshot("registration-cancelled-fr");
        }
        assertEquals("cancelled", Api.get(Callers.CSO_A, "/api/v1/registrations/" + id).get("status").asText());
    }

    /** A government's pledge, drafted and submitted under the embargo (sealed). */
    private static String sealed(Callers government, String embargo, String amount, String currency, String target) {
        String pledge = Api.expect(government, "POST", "/api/v1/pledges", """
                {"amount": "%s", "currency": "%s", "valueDate": "2026-03-02", "verticals": ["education"],
                 "target": {"kind": "common-resource", "ref": "confirm-it", "name": "%s"}, "newMoney": true}"""
                .formatted(amount, currency, target), 201).get("id").asText();
        SecurityFixtures.transition(government, pledge, "{\"action\": \"submit\", \"embargoId\": \"" + embargo + "\"}");
        return pledge;
    }
}
