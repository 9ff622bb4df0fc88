package org.iccsp.pledge.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.iccsp.pledge.PledgeFixtures.act;
import static org.iccsp.pledge.PledgeFixtures.create;
import static org.iccsp.pledge.PledgeFixtures.draft;
import static org.iccsp.pledge.PledgeFixtures.pledge;
import static org.iccsp.pledge.PledgeFixtures.awaitEvent;
import static org.iccsp.pledge.PledgeFixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.pledge.pledge.messaging.PledgeEvents;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Italy's GBP pledge converted with its value-date rate; and the "other" bloc, where New Zealand is a
 * confidential member: its group is hidden from the public until it has three members.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundingSummaryTest {
    private static final String RATES = """
            {"rates": [
              {"date": "2026-01-10", "currency": "GBP", "perUsd": 0.5},
              {"date": "2026-01-15", "currency": "GBP", "perUsd": "0.8"},
              {"date": "2026-01-20", "currency": "GBP", "perUsd": 0.4},
              {"date": "2026-01-10", "currency": "EUR", "perUsd": 0.9}]}
            """;
    private static String italianPledge;
    private static String swissPledgeOf2025;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    private static int unconvertedBefore;

    @Test
    @Order(0)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void adminLoadsRatesAndRegistersMembers() {
        given().contentType(ContentType.JSON).body(RATES).when().put("/api/v1/exchange-rates").then().statusCode(200)
                .body("loaded", equalTo(4));
        given().when().get("/api/v1/exchange-rates?currency=GBP&from=2026-01-11").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].perUsd", equalTo("0.8000000000"));

        given().contentType(ContentType.JSON).body("{\"rates\": [{\"date\": \"2026-01-10\", \"currency\": \"EUR\", \"perUsd\": 1},"
                + " {\"date\": \"2026-01-10\", \"currency\": \"ABC\", \"perUsd\": 1}]}")
                .when().put("/api/v1/exchange-rates").then().statusCode(400).body("errors.field", hasItem("rates[1].currency"));
        given().contentType(ContentType.JSON).body("{\"rates\": [{\"date\": \"2026-01-10\", \"currency\": \"USD\", \"perUsd\": 1}]}")
                .when().put("/api/v1/exchange-rates").then().statusCode(400).body("errors.field", hasItem("rates[0].currency"));
        given().contentType(ContentType.JSON).body("{\"rates\": [{\"date\": \"2026-01-10\", \"currency\": \"EUR\", \"perUsd\": -1}]}")
                .when().put("/api/v1/exchange-rates").then().statusCode(400).body("errors.field", hasItem("rates[0].perUsd"));
        // the rejected loads wrote nothing: EUR on 2026-01-10 is still 0.9
        given().when().get("/api/v1/exchange-rates?currency=EUR").then().body("[0].perUsd", equalTo("0.9000000000"));

        for (String member : new String[] {"NZ|New Zealand|confidential", "CH|Switzerland|announced",
                "IS|Iceland|announced"}) {
            String[] m = member.split("\\|");
            given().contentType(ContentType.JSON).body("{\"code\": \"%s\", \"name\": \"%s\", \"bloc\": \"other\", \"status\": \"%s\"}"
                    .formatted(m[0], m[1], m[2])).when().post("/api/v1/members").then().statusCode(201);
        }
    }

    @Test
    @Order(0)
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void onlyAdminsLoadRates() {
        given().contentType(ContentType.JSON).body(RATES).when().put("/api/v1/exchange-rates").then().statusCode(403);
    }

    @Test
    @Order(1)
    void unconvertedBeforehand() {
        unconvertedBefore = summary("member", "USD").extract().path("unconvertedPledges");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "gov-giulia", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "IT"))
    void italyAnnouncesAPoundPledgeAndAFrancPledgeWithoutARate() {
        italianPledge = draft("1000.00", "GBP", "2026-01-15");
        act(italianPledge, "submit").statusCode(200);
        act(italianPledge, "announce").statusCode(200);
        String franc = draft("50.00", "CHF", "2026-01-15");
        act(franc, "submit").statusCode(200);
        act(franc, "announce").statusCode(200);
    }

    @Test
    @Order(3)
    void announcedButNotCommittedItCountsOnlyAsAnnouncedAtItsValueDateRate() {
        summary("member", "USD")
                .body("groups.find { it.key == 'IT' }.announced", equalTo("1250.00"))
                .body("groups.find { it.key == 'IT' }.committed", equalTo("0.00"))
                .body("unconvertedPledges", equalTo(unconvertedBefore + 1));
        summary("member", "EUR").body("groups.find { it.key == 'IT' }.announced", equalTo("1125.00"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "gov-giulia", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "IT"))
    void italyCommits() {
        act(italianPledge, "commit").statusCode(200);
    }

    @Test
    @Order(5)
    void committedItCountsInBothTotals() {
        summary("member", "USD").body("groups.find { it.key == 'IT' }.committed", equalTo("1250.00"))
                .body("groups.find { it.key == 'IT' }.announced", equalTo("1250.00"));
        summary("bloc", "USD").body("groups.find { it.key == 'G7' }.members", greaterThanOrEqualTo(1))
                .body("total", notNullValue());
    }

    @Test
    @Order(6)
    @TestSecurity(user = "gov-aroha", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "NZ"))
    void theConfidentialMemberPledgesAndItsEventsDoNotNameIt() {
        String id = announceSportsPledge("100.00");
        // its own receipt, without its code; no announcement (webhooks would forward it)
        String event = awaitEvent(bootstrap, PledgeEvents.TOPIC, id, PledgeEvents.SUBMITTED);
        EventContract.assertConforms("events/pledge-submitted.v1.json", event);
        assertTrue(data(event).get("memberCode").isNull());
        assertEquals(List.of(), new TopicProbe(bootstrap).await(PledgeEvents.TOPIC,
                r -> id.equals(r.key()) && !r.value().contains(PledgeEvents.SUBMITTED), 1, Duration.ofSeconds(5)));
        given().when().get("/api/v1/pledges/" + id).then().statusCode(200).body("memberCode", equalTo("NZ"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "gov-heidi", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "CH"))
    void switzerlandPledges() {
        announceSportsPledge("200.00");
    }

    @Test
    @Order(7)
    void theConfidentialMembersMoneyIsInNoPublicFigure() {
        summary("bloc", "USD").body("groups.find { it.key == 'other' }.announced", equalTo("200.00"))
                .body("groups.find { it.key == 'other' }.members", equalTo(1));
        summary("vertical", "USD").body("groups.find { it.key == 'sports' }.announced", equalTo("200.00"));
        summary("member", "USD").body("groups.key", not(hasItem("NZ"))).body("groups.key", hasItem("CH"));
        given().when().get("/api/v1/pledges?vertical=sports").then().statusCode(200)
                .body("memberCode", not(hasItem("NZ")));
        FundingFigures.assertNothingHidden();
    }

    @Test
    @Order(7)
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void norInAnotherGovernmentsFigures() {
        summary("bloc", "USD").body("groups.find { it.key == 'other' }.announced", equalTo("200.00"));
        FundingFigures.assertNothingHidden();
    }

    @Test
    @Order(7)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void organisersSeeTheGroupInFull() {
        summary("bloc", "USD").body("groups.find { it.key == 'other' }.announced", equalTo("300.00"))
                .body("groups.find { it.key == 'other' }.members", equalTo(2));
        summary("member", "USD").body("groups.find { it.key == 'NZ' }.announced", equalTo("100.00"));
        FundingFigures.assertNothingHidden();
    }

    @Test
    @Order(7)
    @TestSecurity(user = "gov-aroha", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "NZ"))
    void theConfidentialMemberSeesItsOwnMoney() {
        summary("member", "USD").body("groups.find { it.key == 'NZ' }.announced", equalTo("100.00"));
        summary("bloc", "USD").body("groups.find { it.key == 'other' }.announced", equalTo("300.00"));
        FundingFigures.assertNothingHidden();
    }

    @Test
    @Order(8)
    @TestSecurity(user = "gov-sigrun", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "IS"))
    void icelandPledgesToo() {
        announceSportsPledge("300.00");
    }

    /** Before, a group of three members was shown with the confidential one's money in it: bloc minus members gave it. */
    @Test
    @Order(9)
    void withThreeMembersThePublicStillSeesOnlyTheAnnouncedMembersMoney() {
        summary("bloc", "USD").body("groups.find { it.key == 'other' }.announced", equalTo("500.00"))
                .body("groups.find { it.key == 'other' }.members", equalTo(2));
        summary("vertical", "EUR").body("groups.find { it.key == 'sports' }.announced", equalTo("450.00"));
        summary("member", "USD").body("groups.key", not(hasItem("NZ")));
        FundingFigures.assertNothingHidden();
    }

    @Test
    @Order(9)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void organisersSeeAllThree() {
        summary("bloc", "USD").body("groups.find { it.key == 'other' }.announced", equalTo("600.00"))
                .body("groups.find { it.key == 'other' }.members", equalTo(3));
        summary("vertical", "EUR").body("groups.find { it.key == 'sports' }.announced", equalTo("540.00"));
    }

    @Test
    @Order(10)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void announcingTheMemberPutsItsMoneyInThePublicFigures() {
        org.iccsp.pledge.PledgeFixtures.patchMember("NZ", "{\"status\": \"announced\"}").statusCode(200);
    }

    @Test
    @Order(11)
    void thePublicNowSeesItsMoney() {
        summary("bloc", "USD").body("groups.find { it.key == 'other' }.announced", equalTo("600.00"))
                .body("groups.find { it.key == 'other' }.members", equalTo(3));
        summary("member", "USD").body("groups.find { it.key == 'NZ' }.announced", equalTo("100.00"));
        FundingFigures.assertNothingHidden();
    }

    @Test
    @Order(12)
    @TestSecurity(user = "gov-giulia", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "IT"))
    void italyDisbursesPartOfItsPledge() {
        given().contentType(ContentType.JSON).body("{\"action\": \"disburse\", \"amount\": \"400.00\", \"date\": \"2026-01-20\"}")
                .when().post("/api/v1/pledges/" + italianPledge + "/transitions").then().statusCode(200);
    }

    @Test
    @Order(12)
    @TestSecurity(user = "gov-heidi", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "CH"))
    void switzerlandPledgedIn2025Too() {
        swissPledgeOf2025 = create(pledge("70.00", "USD", "2025-06-02")).statusCode(201).extract().path("id");
        act(swissPledgeOf2025, "submit").statusCode(200);
        act(swissPledgeOf2025, "announce").statusCode(200);
    }

    @Test
    @Order(13)
    void disbursementsCountAtThePledgesRateAndTheDashboardKnowsWhenItChanged() {
        summary("member", "USD").body("groups.find { it.key == 'IT' }.disbursed", equalTo("500.00"))
                .body("groups.find { it.key == 'IT' }.committed", equalTo("1250.00"))
                .body("groups.find { it.key == 'CH' }.disbursed", equalTo("0.00"))
                .body("lastUpdated", notNullValue()).body("year", nullValue());
        FundingFigures.assertNothingHidden();
    }

    @Test
    @Order(13)
    void aYearFilterKeepsThatYearsPledgesOnly() {
        summary("year", "USD").body("groups.key", hasItems("2025", "2026")).body("years", hasItems(2025, 2026));
        String swiss2025 = given().when().get("/api/v1/funding/summary?groupBy=member&year=2025").then().statusCode(200)
                .body("year", equalTo(2025)).body("groups.key", hasItem("CH")).body("groups.key", not(hasItem("IT")))
                .extract().path("groups.find { it.key == 'CH' }.announced");
        assertTrue(new java.math.BigDecimal(swiss2025).compareTo(new java.math.BigDecimal("70.00")) >= 0);
        given().when().get("/api/v1/funding/summary?groupBy=member&year=2026").then().statusCode(200)
                .body("groups.find { it.key == 'IT' }.announced", equalTo("1250.00"));
        // a year nobody pledged in: no group, zero totals, no last update
        given().when().get("/api/v1/funding/summary?groupBy=bloc&year=1999").then().statusCode(200)
                .body("groups.size()", equalTo(0)).body("total.announced", equalTo("0.00"))
                .body("lastUpdated", nullValue());
    }

    @Test
    @Order(13)
    void theBreakdownListsThePledgesBehindABarAndAddsUpToIt() {
        given().when().get("/api/v1/funding/pledges?groupBy=member&key=IT&currency=USD").then().statusCode(200)
                .body("key", equalTo("IT")).body("groupBy", equalTo("member"))
                .body("parts.find { it.pledgeId == '%s' }.amount".formatted(italianPledge), equalTo("1000.00"))
                .body("parts.find { it.pledgeId == '%s' }.currency".formatted(italianPledge), equalTo("GBP"))
                .body("parts.find { it.pledgeId == '%s' }.announced".formatted(italianPledge), equalTo("1250.00"))
                .body("parts.find { it.pledgeId == '%s' }.disbursed".formatted(italianPledge), equalTo("500.00"))
                .body("parts.memberCode", everyItem(equalTo("IT")));
        given().when().get("/api/v1/funding/pledges?groupBy=year&key=2025").then().statusCode(200)
                .body("parts.pledgeId", hasItem(swissPledgeOf2025)).body("parts.pledgeId", not(hasItem(italianPledge)));
        given().when().get("/api/v1/funding/pledges?groupBy=bloc&key=other&year=2026").then().statusCode(200)
                .body("parts.pledgeId", not(hasItem(swissPledgeOf2025)));
    }

    @Test
    @Order(7)
    void theBreakdownOfTheConfidentialMembersBlocDoesNotListItsPledge() {
        given().when().get("/api/v1/funding/pledges?groupBy=bloc&key=other").then().statusCode(200)
                .body("parts.memberCode", not(hasItem("NZ"))).body("total.announced", equalTo("200.00"));
        given().when().get("/api/v1/funding/pledges?groupBy=member&key=NZ").then().statusCode(200)
                .body("parts.size()", equalTo(0)).body("total.announced", equalTo("0.00"));
    }

    @Test
    void badSummaryParametersAreRejected() {
        given().when().get("/api/v1/funding/summary?year=20x6").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        given().when().get("/api/v1/funding/summary?year=99999").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        given().when().get("/api/v1/funding/pledges?groupBy=member&key=" + "x".repeat(101)).then().statusCode(400)
                .body("errors.field", hasItem("key"));
        given().when().get("/api/v1/funding/pledges?groupBy=planet&key=G7").then().statusCode(400)
                .body("errors.field", hasItem("groupBy"));
        given().when().get("/api/v1/funding/summary?groupBy=planet").then().statusCode(400)
                .body("errors.field", hasItem("groupBy"));
        given().when().get("/api/v1/funding/summary?currency=GBP").then().statusCode(400)
                .body("errors.field", hasItem("currency"));
    }

    private static String announceSportsPledge(String amount) {
        String id = create(pledge(amount, "USD", "2026-01-15").replace("\"dialogue-and-reconciliation\", \"education\"",
                "\"sports\"")).statusCode(201).extract().path("id");
        act(id, "submit").statusCode(200);
        act(id, "announce").statusCode(200);
        return id;
    }

    private static ValidatableResponse summary(String groupBy, String currency) {
        ValidatableResponse response = given().when()
                .get("/api/v1/funding/summary?groupBy=" + groupBy + "&currency=" + currency).then().statusCode(200)
                .body("reportingCurrency", equalTo(currency)).body("groupBy", equalTo(groupBy));
        assertEquals(currency, response.extract().path("reportingCurrency"));
        return response;
    }
}
