package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The directory in a real browser: cso-alice signs in at the real Keycloak, filters the directory
 * by sector and country, opens an organisation; the same page in Arabic is laid out right to left
 * with the organisation's Arabic name; admin-carol verifies an organisation from her queue.
 */
@RealStack
class BrowserDirectoryIT {
    private static BrowserFixtures.Organisation handInHand;
    private static BrowserFixtures.Organisation combatants;
    private static BrowserFixtures.Organisation parentsCircle;
    private static BrowserFixtures.Organisation vision;

    @BeforeAll
    static void listOrganisations() {
        handInHand = BrowserFixtures.organisation("Hand in Hand Center for Jewish-Arab Education",
                "مركز يد بيد للتعليم العربي اليهودي", "IL", "Jerusalem",
                "Bilingual Arabic-Hebrew schools where Jewish and Arab children learn together.", "education");
        combatants = BrowserFixtures.organisation("Combatants for Peace", null, "PS", "Beit Jala",
                "Former fighters from both sides working together for an end to the occupation.",
                "dialogue-and-reconciliation");
        parentsCircle = BrowserFixtures.organisation("Parents Circle Families Forum", "منتدى العائلات الثكلى",
                "IL", "Tel Aviv", "Bereaved Israeli and Palestinian families in dialogue.", "dialogue-and-reconciliation",
                "education");
        vision = BrowserFixtures.organisation("Palestinian Vision", null, "PS", "Jerusalem",
                "Young Palestinian leaders in civic education.", "education");
    }

    /** The result link to an organisation (names may repeat on a reused stack, ids do not). */
    private static By link(BrowserFixtures.Organisation organisation) {
        return By.cssSelector("#directory-results a[href='/directory/" + organisation.id() + "']");
    }

    @Test
    void aSignedInCsoFiltersTheDirectoryAndOpensAnOrganisation() {
        try (Browser browser = Browser.start()) {
            browser.signIn("cso-alice");
            browser.click(By.linkText("Directory"));
            assertEquals("Directory of organisations", browser.heading());

            browser.select(By.id("sector"), "education")
                    .type(By.id("country"), "IL")
                    .click(By.id("directory-search-submit"));
            assertTrue(browser.path().contains("sector=education"), browser.path());
            List<String> results = browser.texts(By.cssSelector("#directory-results li > a"));
            assertTrue(browser.present(link(handInHand)), "the Israeli education NGO is found: " + results);
            assertTrue(browser.present(link(parentsCircle)), "so is the Israeli NGO with education among its sectors: " + results);
            assertFalse(browser.present(link(combatants)), "a Palestinian dialogue NGO is filtered out: " + results);
            assertFalse(browser.present(link(vision)), "a Palestinian education NGO is filtered out by country: " + results);
            assertEquals("IL", browser.attribute(By.id("country"), "value"), "the form keeps the filter");
            browser.screenshot("directory-search");

            browser.click(link(handInHand));
            assertEquals("/directory/" + handInHand.id(), browser.path());
            assertEquals(handInHand.legalName(), browser.heading());
            String details = browser.text(By.cssSelector("main article dl"));
            assertTrue(details.contains("Israel") && details.contains("Jerusalem"), details); // the country by name
            assertTrue(details.toLowerCase(java.util.Locale.ROOT).contains("verified"), details);
            assertTrue(browser.text(By.cssSelector("main article")).contains("Bilingual Arabic-Hebrew schools"));
            assertTrue(browser.text(By.cssSelector("main article p[lang=ar]")).contains("مركز يد بيد"));
            browser.screenshot("organisation");
        }
    }

    @Test
    void theArabicPagesAreLaidOutRightToLeft() {
        try (Browser browser = Browser.start()) {
            browser.open("/directory/" + handInHand.id()).click(By.cssSelector("#nav-language a[hreflang=ar]"));
            assertEquals("ar", browser.attribute(By.tagName("html"), "lang"));
            assertEquals("rtl", browser.attribute(By.tagName("html"), "dir"));
            assertEquals("مركز يد بيد للتعليم العربي اليهودي", browser.heading(), "the name in the reader's script");
            assertTrue(browser.text(By.id("nav-main")).contains("الدليل"), "the navigation is in Arabic");
            browser.screenshot("organisation-ar");

            browser.open("/directory?sector=education&country=IL");
            assertEquals("rtl", browser.attribute(By.tagName("html"), "dir"), "the language is remembered");
            assertEquals("دليل المنظمات", browser.heading());
            assertEquals("مركز يد بيد للتعليم العربي اليهودي", browser.text(link(handInHand)));
            browser.screenshot("directory-ar");
        }
    }

    @Test
    void anAdminVerifiesAnOrganisationWaitingInTheQueue() {
        BrowserFixtures.Organisation waiting = BrowserFixtures.organisation("Jerusalem Youth Chorus", null, "IL",
                "Jerusalem", "Israeli and Palestinian teenagers sing together.", "arts-and-music");
        Api.expect(Callers.ADMIN, "POST", "/api/v1/organizations/" + waiting.id() + "/verification",
                "{\"decision\": \"reject\", \"reason\": \"registry number missing\"}", 200);
        try (Browser browser = Browser.start()) {
            browser.signIn("admin-carol");
            browser.click(By.id("nav-verification"));
            By row = By.xpath("//table[@id='verification-queue']//tr[.//a[@href='/directory/" + waiting.id() + "']]");
            String queued = browser.text(row);
            assertTrue(queued.contains("Jerusalem Youth Chorus") && queued.contains("registry number missing"), queued);
            browser.screenshot("verification-queue");

            browser.click(By.id("verify-" + waiting.id()));
            assertEquals("/admin/verification", browser.path());
            assertFalse(browser.present(row), "verified: no longer waiting");
            browser.open("/directory/" + waiting.id());
            assertTrue(browser.text(By.cssSelector("main article dl")).toLowerCase(java.util.Locale.ROOT).contains("verified"));
        }
    }
}
