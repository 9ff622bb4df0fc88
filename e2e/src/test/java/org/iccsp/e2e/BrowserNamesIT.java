package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Names, not codes (issue 18, item 5), on a phone in Arabic: gov-gb drafts a pledge at 390 px with an amount in
 * Arabic-Indic digits, a currency from the picker (which offers its own, the pound, first chosen) and a target
 * from the search-as-you-type picker of projects, submits it under an embargo, and the pledge's page names the
 * member, the currency, the target, the embargo and the person who acted, with no code, id or UUID in sight.
 */
@RealStack
class BrowserNamesIT {
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static String project;
    private static String projectId;
    private static String embargo;
    private static String embargoId;

    @BeforeAll
    static void aProjectAndAnEmbargo() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        BrowserFixtures.Organisation org = BrowserFixtures.organisation("Jenin Water Cooperative " + suffix, null, "PS",
                "Jenin", "Wells and irrigation for smallholders.", "agriculture");
        project = "Wells for Jenin " + suffix;
        projectId = Api.expect(Callers.ADMIN, "POST", "/api/v1/organizations/" + org.id() + "/projects", """
                {"title": "%s", "sectors": ["agriculture"], "status": "active"}""".formatted(project), 201).get("id").asText();
        embargo = "ministerial-round-" + suffix; // the service takes a slug
        embargoId = Api.expect(Callers.ADMIN, "POST", "/api/v1/embargoes", "{\"name\": \"" + embargo + "\"}", 201).get("id").asText();
    }

    @Test
    void aPledgeMadeInArabicOnAPhoneShowsNamesNotCodes() {
        try (Browser browser = Browser.phone()) {
            browser.signIn("gov-gb");
            browser.open("/my/pledges/new?lang=ar");
            assertEquals("GBP", value(browser, "currency"), "the member's own currency is chosen first");
            assertTrue(String.valueOf(browser.script("return document.querySelector(\"#currency option[value='JPY']\").textContent"))
                    .contains("ين"), "currencies are named in Arabic");
            assertTrue(browser.present(By.cssSelector("#target-choices option[value='" + projectId + "']")),
                    "the picker offers the directory's projects");
            browser.type(By.id("amount"), "١٬٢٥٠٬٠٠٠")
                    .select(By.id("currency"), "EUR")
                    .date(By.id("valueDate"), "2026-10-01")
                    .check(By.id("vertical-agriculture"))
                    .type(By.id("target-ref"), project); // the project's name, as the picker lists it
            browser.script("document.getElementById('target-ref').dispatchEvent(new Event('change'))");
            assertEquals(projectId, value(browser, "target-ref"), "the picker sends the project's reference");
            assertEquals("cso-project", value(browser, "target-kind"));
            assertEquals(project, value(browser, "target-name"), "and names it");
            assertEquals(0, browser.horizontalOverflow(), browser.widestElements());
            browser.screenshot("names-pledge-form-ar-phone");
            browser.click(By.id("pledge-submit"));

            assertTrue(browser.path().matches("/my/pledges/[^/?]+"), browser.path());
            browser.select(By.id("embargoId"), embargoId);
            browser.click(By.id("submit-pledge"));

            String details = browser.text(By.id("pledge-details"));
            assertTrue(browser.text(By.id("pledge-member")).contains("المملكة المتحدة"), details);
            assertTrue(browser.text(By.id("pledge-amount")).contains("يورو"), details);
            assertTrue(browser.text(By.id("pledge-amount")).contains("1,250,000") || browser.text(By.id("pledge-amount"))
                    .contains("١٬٢٥٠٬٠٠٠"), "the amount typed in Arabic-Indic digits, in canonical form: " + details);
            assertTrue(browser.text(By.id("pledge-target")).contains(project), details);
            assertTrue(browser.text(By.id("pledge-embargo")).contains(embargo), details);
            String history = browser.text(By.id("pledge-history"));
            assertTrue(history.contains("Grace Gov"), "the history names the person: " + history);
            String main = browser.text(By.tagName("main"));
            assertFalse(UUID_TEXT.matcher(main).find(), "no UUID on the page: " + main);
            assertFalse(main.contains(projectId) || main.contains("embargo-") || main.contains("org-"), main);
            assertFalse(Pattern.compile("\\bGB\\b").matcher(details).find(), "the member by name, not its code: " + details);
            assertEquals(0, browser.horizontalOverflow(), browser.widestElements());
            browser.screenshot("names-pledge-ar-phone");
        }
    }

    /** A form control's current value (what the page's script or the reader set, not its HTML attribute). */
    private static String value(Browser browser, String id) {
        return String.valueOf(browser.script("return document.getElementById(arguments[0]).value", id));
    }
}
