package org.iccsp.gateway.web.pledges;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = FakeUpstreams.class, initArgs = @ResourceArg(name = FakeUpstreams.PLEDGES_UP, value = "true"))
class FundingPagesTest {
    private static final Pattern BAR = Pattern.compile("<rect class=\"bar-(\\w+)\" x=\"(\\d+)\" y=\"\\d+\" width=\"(\\d+)\"");

    @Test
    void theDashboardShowsTotalsAnAccessibleTableAndTheLastUpdate() {
        given().queryParam("groupBy", "vertical").queryParam("currency", "eur")
                .when().get("/funding").then().statusCode(200)
                .body(allOf(
                        containsString("<option value=\"vertical\" selected>"),
                        containsString("<option value=\"EUR\" selected>"),
                        containsString("Total announced: <strong>3,000,000.00 EUR</strong>"),
                        containsString("<th scope=\"row\"><a href=\"/funding/pledges?groupBy=vertical&amp;key=EU+%3Cbloc%3E&amp;currency=EUR\"><bdi>EU &lt;bloc&gt;</bdi></a></th><td>4</td><td>9</td><td>2,000,000.00</td><td>500,000.00</td><td>100,000.00</td>"),
                        containsString("data-updated=\"2026-02-03T10:15:00Z\">Last updated: Tuesday, February 3, 2026 at 10:15 UTC</p>"),
                        containsString("<option value=\"2025\" >2025</option>"),
                        not(containsString("EU <bloc>")),
                        not(containsString("small group"))));
    }

    @Test
    void theChartsAreInlineSvgWhoseBarsAreScaledToTheLargestAmountAndLinkToThePledges() {
        String page = given().queryParam("groupBy", "bloc").when().get("/funding").then().statusCode(200)
                .extract().asString();
        // three charts: the flow from pledge to payment, by bloc, by year; no script and no style attribute
        assertTrue(page.contains("<svg class=\"bar-chart\" id=\"chart-flow\""), page);
        assertTrue(page.contains("<svg class=\"bar-chart\" id=\"chart-groups\""));
        assertTrue(page.contains("<svg class=\"bar-chart\" id=\"chart-years\""));
        assertTrue(page.contains("viewBox=\"0 0 360 "));
        assertTrue(!page.contains("style=\""), "no inline style: the CSP forbids it");
        String groups = svg(page, "chart-groups");
        // the largest amount (EU's 2,000,000 pledged) is the longest bar; the others in proportion
        assertEquals(List.of("pledged 0 220", "committed 0 55", "disbursed 0 11", "pledged 0 110", "committed 0 110",
                "disbursed 0 28"), bars(groups));
        assertTrue(groups.contains("<a href=\"/funding/pledges?groupBy=bloc&amp;key=GCC&amp;currency=USD\" aria-label=\"GCC: pledged 1,000,000.00 USD, committed 1,000,000.00 USD, disbursed 250,000.00 USD. Show the pledges.\""), groups);
        assertTrue(groups.contains(">EU &lt;bloc&gt;</text>"));
        assertTrue(groups.contains(">2M</text>"), "the amount after the bar, short");
        String flow = svg(page, "chart-flow");
        assertEquals(List.of("pledged 0 220", "committed 0 110", "disbursed 0 26"), bars(flow));
        assertTrue(flow.contains("href=\"/funding/pledges?groupBy=bloc&amp;currency=USD\""));
        assertTrue(svg(page, "chart-years").contains("href=\"/funding/pledges?groupBy=year&amp;key=2025&amp;currency=USD\""));
    }

    @Test
    void inArabicTheBarsGrowFromTheRight() {
        String page = given().queryParam("lang", "ar").when().get("/funding").then().statusCode(200).extract().asString();
        String groups = svg(page, "chart-groups");
        assertTrue(groups.contains("direction=\"rtl\""));
        // mirrored: a 220-unit bar starts at 360 - 220
        assertEquals("pledged 140 220", bars(groups).get(0));
        assertTrue(groups.contains("class=\"chart-label\" x=\"360\""));
        assertTrue(page.contains("المتعهَّد به"), "the series are named in Arabic");
        assertTrue(page.contains("عرض التعهدات"), "and so are the links");
    }

    @Test
    void aYearFilterAsksForThatYearAndKeepsItInTheLinks() {
        given().queryParam("year", "2026").when().get("/funding").then().statusCode(200)
                .body(allOf(containsString("<option value=\"2026\" selected>2026</option>"),
                        containsString("Total announced: <strong>2,000,000.00 USD</strong>"),
                        containsString("href=\"/funding/pledges?groupBy=bloc&amp;key=EU+%3Cbloc%3E&amp;currency=USD&amp;year=2026\""),
                        containsString("Year 2026")));
        // not a year: every year, as without a filter
        given().queryParam("year", "20x6").when().get("/funding").then().statusCode(200)
                .body(allOf(containsString("Total announced: <strong>3,000,000.00 USD</strong>"),
                        containsString("<option value=\"\" selected>All years</option>")));
    }

    @Test
    void aBarsLinkListsThePledgesBehindItWithTheirTotal() {
        given().queryParam("groupBy", "bloc").queryParam("key", "EU <bloc>").queryParam("year", "2026")
                .when().get("/funding/pledges").then().statusCode(200)
                .body(allOf(containsString("<h1>Pledges behind: EU &lt;bloc&gt;</h1>"),
                        containsString("<bdi>Clinics &lt;north&gt;</bdi>"),
                        containsString("(Joint pledge: <bdi>Joint &lt;fund&gt;</bdi>)"),
                        containsString("<td>1,500,000.00 EUR</td>"),
                        containsString("Pledged <strong>2,000,000.00 USD</strong>"),
                        containsString("href=\"/funding?groupBy=bloc&amp;currency=USD&amp;year=2026\""),
                        // the public reads pledges, it does not open them (that is for the signed-in)
                        not(containsString("href=\"/my/pledges/pl-7\""))));
        given().when().get("/funding/pledges").then().statusCode(200)
                .body(allOf(containsString("All pledges counted"), containsString("data-pledge=\"pl-9\"")));
        given().queryParam("key", "nobody").when().get("/funding/pledges").then().statusCode(200)
                .body(containsString("No pledge counts in this figure."));
    }

    @Test
    void aKeyTheServiceRefusesIsAClear400Page() {
        given().queryParam("key", "x".repeat(101)).when().get("/funding/pledges").then().statusCode(400)
                .contentType(containsString("text/html"));
    }

    @Test
    void amountsAreWrittenTheWayThePagesLanguageWritesNumbers() {
        given().queryParam("currency", "eur").queryParam("lang", "fr").when().get("/funding").then().statusCode(200)
                .body(containsString("<strong>3\u202f000\u202f000,00 EUR</strong>"));
    }

    @Test
    void anUnknownGroupingFallsBackToBlocs() {
        given().queryParam("groupBy", "nonsense").when().get("/funding").then().statusCode(200)
                .body(allOf(containsString("<option value=\"bloc\" selected>"), containsString("By bloc, in USD")));
    }

    private static String svg(String page, String id) {
        int start = page.indexOf("<svg class=\"bar-chart\" id=\"" + id + "\"");
        assertTrue(start >= 0, id);
        return page.substring(start, page.indexOf("</svg>", start));
    }

    private static List<String> bars(String svg) {
        List<String> bars = new ArrayList<>();
        Matcher m = BAR.matcher(svg);
        while (m.find()) {
            bars.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        return bars;
    }
}
