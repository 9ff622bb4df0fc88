package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The funding dashboard's charts and the directory's facets in a real browser, in English and Arabic, at
 * 1366 px and on a 390 px phone: the charts are drawn (inline SVG, bars growing from the right in Arabic,
 * labels of a readable size), nothing scrolls sideways, the year filter narrows the figures to the API's
 * for that year, and a bar leads to the pledges behind it, which add up to it. In the directory a facet
 * link filters and shows how many match, a chosen facet removes itself, the sort links sort, and an
 * organisation links to its projects.
 */
@RealStack
class BrowserFundingIT {
    private static final int DESKTOP = 1366;
    /** A year only this class's pledges are dated in (the others' value dates are 2025 and later). */
    private static final String YEAR = "2019";

    @BeforeAll
    static void pledgesOfTwoYears() {
        announced(Callers.ADMIN, "US", "640000", "2019-05-06", true);
        announced(Callers.GOV_GB, null, "910000", "2019-09-02", false);
        announced(Callers.ADMIN, "US", "1250000", "2025-06-02", false);
        BrowserFixtures.organisation("Funding check — Jerusalem Intercultural Center " + java.util.UUID.randomUUID(),
                "مركز القدس بين الثقافات", "IL", "Jerusalem", "Dialogue between the city's communities.",
                "dialogue-and-reconciliation");
    }

    private static void announced(Callers who, String member, String amount, String valueDate, boolean disbursed) {
        String pledge = Api.expect(who, "POST", "/api/v1/pledges", """
                {%s"amount": "%s", "currency": "USD", "valueDate": "%s", "verticals": ["education"],
                 "target": {"kind": "common-resource", "ref": "teacher-exchange"}, "newMoney": true}"""
                .formatted(member == null ? "" : "\"memberCode\": \"" + member + "\", ", amount, valueDate), 201)
                .get("id").asText();
        SecurityFixtures.transition(who, pledge, "{\"action\": \"submit\"}");
        SecurityFixtures.transition(who, pledge, "{\"action\": \"announce\"}");
        if (disbursed) {
            SecurityFixtures.transition(who, pledge, "{\"action\": \"commit\"}");
            SecurityFixtures.transition(who, pledge, "{\"action\": \"disburse\", \"amount\": \"160000\", \"date\": \"2020-01-10\"}");
        }
    }

    @Test
    void theDashboardsChartsWorkInEnglishAndArabicOnAPhoneAndADesktop() {
        for (boolean phone : List.of(false, true)) {
            for (String lang : List.of("en", "ar")) {
                String where = (phone ? "390 px " : DESKTOP + " px ") + lang;
                try (Browser browser = phone ? Browser.phone() : Browser.desktop(DESKTOP)) {
                    browser.open("/funding?groupBy=member&lang=" + lang);
                    for (String chart : List.of("chart-flow", "chart-groups", "chart-years")) {
                        assertTrue(browser.present(By.cssSelector("svg#" + chart + " a.chart-link")), where + ": " + chart);
                    }
                    assertEquals(0, browser.horizontalOverflow(), where + ": scrolls sideways (" + browser.widestElements() + ")");
                    // labels stay readable: at least 10 CSS pixels high on a phone
                    Number label = (Number) browser.script(
                            "return document.querySelector('#chart-groups .chart-label').getBoundingClientRect().height");
                    assertTrue(label.doubleValue() >= 10, where + ": chart labels " + label + " px high");
                    // bars grow from the start of the line: the right in Arabic, the left in English
                    Number gap = (Number) browser.script("""
                            const svg = document.getElementById('chart-groups').getBoundingClientRect();
                            const bar = document.querySelector('#chart-groups .bar-pledged').getBoundingClientRect();
                            return arguments[0] ? svg.right - bar.right : bar.left - svg.left;""", "ar".equals(lang));
                    assertTrue(Math.abs(gap.doubleValue()) < 2, where + ": the first bar starts " + gap + " px from its side");
                    assertFalse(browser.text(By.id("funding-updated")).isBlank(), where + ": the last update");
                    browser.screenshot("funding-" + lang + "-" + (phone ? "phone" : "desktop"));

                    // the year filter: the figures of that year, as the API gives them
                    browser.select(By.id("year"), YEAR).click(By.cssSelector("#funding-filter button[type=submit]"));
                    assertTrue(browser.path().contains("year=" + YEAR), browser.path());
                    JsonNode api = Api.get(Callers.ANONYMOUS, "/api/v1/funding/summary?groupBy=member&year=" + YEAR);
                    assertTrue(amount(api.at("/total/announced")).compareTo(new BigDecimal("1550000")) >= 0, api.toString());
                    List<String> rows = browser.texts(By.cssSelector("#funding-table tbody tr:not(#funding-table-total) th"));
                    assertEquals(api.get("groups").size(), rows.size(), where + ": rows of " + YEAR + " " + rows);
                    assertEquals(0, browser.horizontalOverflow(), where + ": " + YEAR + " scrolls sideways");

                    // a bar leads to the pledges behind it, which add up to it
                    String href = browser.attribute(By.cssSelector("#chart-groups a.chart-link"), "href");
                    browser.click(By.cssSelector("#chart-groups a.chart-link .chart-hit"));
                    assertTrue(browser.path().startsWith("/funding/pledges?"), where + ": " + browser.path());
                    assertTrue(browser.path().contains("year=" + YEAR), browser.path() + " from " + href);
                    assertTrue(browser.present(By.cssSelector("#funding-pledges tr.funding-part")), where + ": pledges behind the bar");
                    assertEquals(0, browser.horizontalOverflow(), where + ": the pledges scroll sideways (" + browser.widestElements() + ")");
                    browser.screenshot("funding-pledges-" + lang + "-" + (phone ? "phone" : "desktop"));
                    browser.click(By.id("funding-back"));
                    assertTrue(browser.path().startsWith("/funding?"), browser.path());
                }
            }
        }
    }

    @Test
    void theDirectorysFacetsCountAndSortAreLinks() {
        for (boolean phone : List.of(false, true)) {
            String lang = phone ? "ar" : "en";
            String where = (phone ? "390 px " : DESKTOP + " px ") + lang;
            try (Browser browser = phone ? Browser.phone() : Browser.desktop(DESKTOP)) {
                browser.open("/directory?lang=" + lang);
                String before = browser.text(By.id("directory-count"));
                By facet = By.cssSelector("#facet-sector a[href*='sector=dialogue-and-reconciliation']:not(.facet-chosen)");
                String count = browser.text(By.xpath("//ul[@id='facet-sector']/li[a[contains(@href,'sector=dialogue-and-reconciliation')]]/span[@class='count']"));
                browser.click(facet);
                assertTrue(browser.path().contains("sector=dialogue-and-reconciliation"), where + ": " + browser.path());
                String after = browser.text(By.id("directory-count"));
                assertEquals(digits(count), digits(after), where + ": the count " + after + " is the facet's " + count);
                assertTrue(Long.parseLong(digits(before)) >= Long.parseLong(digits(after)), where + ": " + before + " → " + after);
                assertTrue(browser.present(By.cssSelector("#facet-sector a.facet-chosen")), where + ": the chosen facet");
                assertEquals(0, browser.horizontalOverflow(), where + ": scrolls sideways (" + browser.widestElements() + ")");
                browser.screenshot("directory-facet-" + lang + "-" + (phone ? "phone" : "desktop"));

                browser.click(By.cssSelector("a#sort-newest"));
                assertTrue(browser.path().contains("sort=newest"), browser.path());
                assertTrue(browser.present(By.cssSelector("strong#sort-newest[aria-current=true]")), where + ": sorted newest first");
                assertTrue(browser.path().contains("sector=dialogue-and-reconciliation"), "the sort keeps the filter");
                // the newest organisation with that sector first: the one this class registered
                assertTrue(browser.texts(By.cssSelector("#directory-results li > a")).get(0).contains(
                        phone ? "مركز القدس بين الثقافات" : "Funding check"), where + ": newest first");

                browser.click(By.cssSelector("#facet-sector a.facet-chosen"));
                assertFalse(browser.path().contains("sector=dialogue-and-reconciliation"), where + ": the facet removed itself");

                browser.click(By.cssSelector("#directory-results li > a"));
                browser.click(By.id("organization-projects"));
                assertTrue(browser.path().matches("/directory/[^/]+/projects.*"), browser.path());
                assertEquals(0, browser.horizontalOverflow(), where + ": the projects scroll sideways");
            }
        }
    }

    /** The number in a text, however the page's language writes its digits (Arabic-Indic ones included). */
    private static String digits(String text) {
        StringBuilder digits = new StringBuilder();
        text.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.getNumericValue(c)));
        return digits.toString();
    }

    private static BigDecimal amount(JsonNode value) {
        return new BigDecimal(value.asText());
    }
}
