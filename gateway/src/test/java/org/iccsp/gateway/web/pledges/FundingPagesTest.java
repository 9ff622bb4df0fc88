package org.iccsp.gateway.web.pledges;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = FakeUpstreams.class, initArgs = @ResourceArg(name = FakeUpstreams.PLEDGES_UP, value = "true"))
class FundingPagesTest {

    @Test
    void theDashboardShowsTotalsBarsScaledToTheLargestGroupAndAnAccessibleTable() {
        given().queryParam("groupBy", "vertical").queryParam("currency", "eur")
                .when().get("/funding").then().statusCode(200)
                .body(allOf(
                        containsString("<option value=\"vertical\" selected>"),
                        containsString("<option value=\"EUR\" selected>"),
                        containsString("Total announced: <strong>3,000,000.00 EUR</strong>"),
                        // the largest group is the full width, the others in proportion
                        containsString("class=\"bar announced pct-100\""),
                        containsString("class=\"bar committed pct-25\""),
                        containsString("class=\"bar announced pct-50\""),
                        containsString("<th scope=\"row\">EU &lt;bloc&gt;</th><td>4</td><td>9</td>"),
                        not(containsString("EU <bloc>")),
                        // no group is left out any more: money the caller may not see is in no figure (ADR 0007)
                        not(containsString("small group"))));
    }

    @Test
    void amountsAreWrittenTheWayThePagesLanguageWritesNumbers() {
        given().queryParam("currency", "eur").queryParam("lang", "fr").when().get("/funding").then().statusCode(200)
                .body(containsString("<strong>3\u202f000\u202f000,00 EUR</strong>"));
    }

    @Test
    void anUnknownGroupingFallsBackToBlocs() {
        given().queryParam("groupBy", "nonsense").when().get("/funding").then().statusCode(200)
                .body(allOf(containsString("<option value=\"bloc\" selected>"), containsString("in USD, by: bloc")));
    }
}
