package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Pledges in a real browser: gov-gb drafts a pledge through the pledge form, submits and announces
 * it, finds it in "My pledges", and the public funding dashboard counts it next to other members'.
 */
@RealStack
class BrowserPledgeIT {
    private static final String TARGET = "Shared research and mapping fund";

    /** What the dashboard converts with, and other members' announced pledges for it to compare. */
    @BeforeAll
    static void otherMembersAnnounce() {
        Api.expect(Callers.ADMIN, "PUT", "/api/v1/exchange-rates", """
                {"rates": [{"date": "2026-01-02", "currency": "GBP", "perUsd": "0.79"},
                           {"date": "2026-01-02", "currency": "EUR", "perUsd": "0.92"},
                           {"date": "2026-01-02", "currency": "JPY", "perUsd": "150"}]}""", 200, 204);
        announced(Callers.GOV_FR, null, "1800000", "EUR");
        announced(Callers.ADMIN, "DE", "2400000", "EUR");
        announced(Callers.ADMIN, "JP", "180000000", "JPY");
        announced(Callers.ADMIN, "US", "3000000", "USD");
    }

    private static void announced(Callers who, String member, String amount, String currency) {
        String pledge = Api.expect(who, "POST", "/api/v1/pledges", """
                {%s"amount": "%s", "currency": "%s", "valueDate": "2026-03-02", "verticals": ["education"],
                 "target": {"kind": "common-resource", "ref": "teacher-exchange"}, "newMoney": true}"""
                .formatted(member == null ? "" : "\"memberCode\": \"" + member + "\", ", amount, currency), 201)
                .get("id").asText();
        SecurityFixtures.transition(who, pledge, "{\"action\": \"submit\"}");
        SecurityFixtures.transition(who, pledge, "{\"action\": \"announce\"}");
    }

    @Test
    void aGovernmentDraftsSubmitsAndAnnouncesAPledgeThroughTheForm() {
        try (Browser browser = Browser.start()) {
            browser.signIn("gov-gb");
            browser.click(By.id("nav-my-pledges"));
            browser.click(By.id("new-pledge-link"));
            assertEquals("/my/pledges/new", browser.path());
            browser.type(By.id("amount"), "2500000")
                    .select(By.id("currency"), "GBP")
                    .date(By.id("valueDate"), "2026-09-01")
                    .check(By.id("newMoney"))
                    .check(By.id("vertical-education"))
                    .check(By.id("vertical-environment-and-water"))
                    .select(By.id("target-kind"), "common-resource")
                    .type(By.id("target-ref"), "research-and-mapping")
                    .type(By.id("target-name"), TARGET)
                    .type(By.id("notes"), "Three-year commitment, subject to parliamentary approval.");
            browser.screenshot("pledge-form");
            browser.click(By.id("pledge-submit"));

            assertTrue(browser.path().matches("/my/pledges/[^/?]+"), browser.path());
            String pledge = browser.path().substring("/my/pledges/".length());
            assertEquals("draft", browser.text(By.id("pledge-status")));
            assertSaid(browser, "Drafted a pledge of 2,500,000");
            String details = browser.text(By.id("pledge-details"));
            assertTrue(details.contains("United Kingdom") && details.contains("GBP") && details.contains(TARGET), details);
            browser.click(By.id("submit-pledge"));
            assertEquals("submitted", browser.text(By.id("pledge-status")));
            assertSaid(browser, "Submitted the pledge of 2,500,000");
            browser.click(By.id("announce-pledge"));
            assertEquals("announced", browser.text(By.id("pledge-status")));
            assertSaid(browser, "Announced the pledge of 2,500,000");
            assertFalse(browser.present(By.id("submit-pledge")), "a pledge is submitted once");
            browser.screenshot("pledge");

            browser.click(By.id("nav-my-pledges"));
            String row = browser.text(By.id("pledge-" + pledge));
            assertTrue(row.contains(TARGET) && row.contains("2,500,000") && row.contains("GBP") && row.contains("announced"), row);
            browser.screenshot("my-pledges");

            browser.click(By.linkText("Funding"));
            browser.select(By.id("groupBy"), "member").click(By.cssSelector("#funding-filter button[type=submit]"));
            assertTrue(browser.path().contains("groupBy=member"), browser.path());
            String gb = browser.text(By.xpath("//table[@id='funding-table']//tr[th='United Kingdom']"));
            String[] cells = gb.split("\\s+"); // the member's name (several words), members, pledges, announced, committed, disbursed
            BigDecimal announcedUsd = new BigDecimal(cells[cells.length - 3].replace(",", ""));
            assertTrue(announcedUsd.compareTo(new BigDecimal("3000000")) > 0,
                    "2,500,000 GBP at 0.79 per USD is over 3 million USD: " + gb);
            for (String member : new String[] {"France", "Germany", "Japan", "United States"}) { // members by name
                assertTrue(browser.present(By.xpath("//table[@id='funding-table']//tr[th='" + member + "']")), member);
            }
            browser.screenshot("funding");
        }
    }

    /** The message after the action: what was done, to how much, for what. */
    private static void assertSaid(Browser browser, String start) {
        String said = browser.text(By.id("flash"));
        assertTrue(said.startsWith(start) && said.contains("GBP for “" + TARGET + "”"), said);
    }
}
