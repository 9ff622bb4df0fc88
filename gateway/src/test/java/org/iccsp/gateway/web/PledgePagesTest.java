package org.iccsp.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = FakeUpstreams.class, initArgs = @ResourceArg(name = FakeUpstreams.PLEDGES_UP, value = "true"))
class PledgePagesTest {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    private static RequestSpecification withCsrf(Response page) {
        String[] csrf = CsrfField.read(page);
        return given().redirects().follow(false).cookie("csrf-token", csrf[2])
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(csrf[0], csrf[1]);
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void aGovernmentDraftsAJointPledgeOnceEvenWhenTheFormIsSentTwiceAndSubmitsADraft() {
        Response list = given().when().get("/my/pledges");
        list.then().statusCode(200).body(allOf(containsString("Pledges of GB"), containsString("Clinics &lt;north&gt;"),
                containsString("action=\"/my/pledges/pl-1/submit\"")));

        Response form = given().when().get("/my/pledges/new");
        form.then().statusCode(200).body(allOf(containsString("<label for=\"amount\">"),
                containsString("id=\"vertical-dialogue-and-reconciliation\""), containsString("id=\"shareMember3\"")));
        Matcher key = IDEMPOTENCY_KEY.matcher(form.asString());
        assertTrue(key.find());
        for (int attempt = 0; attempt < 2; attempt++) { // a double click sends the same form twice
            withCsrf(form).formParam("idempotencyKey", key.group(1)).formParam("amount", "1000000")
                    .formParam("currency", "usd").formParam("valueDate", "2026-06-01")
                    .formParam("verticals", "health").formParam("verticals", "education")
                    .formParam("targetKind", "working-group").formParam("targetRef", "wg-7")
                    .formParam("targetName", "Water working group").formParam("newMoney", "on")
                    .formParam("jointLabel", "Water for Gaza").formParam("shareMember1", "gb")
                    .formParam("shareAmount1", "600000").formParam("shareCurrency1", "USD")
                    .formParam("shareMember2", "FR").formParam("shareAmount2", "400000").formParam("shareCurrency2", "USD")
                    .when().post("/my/pledges").then().statusCode(303);
        }
        String after = given().when().get("/my/pledges").then().statusCode(200).extract().asString();
        assertEquals(1, after.split("Water working group</th>", -1).length - 1, "one pledge for one form");
        assertTrue(after.contains("1000000 USD") && after.contains("Water for Gaza: GB 600000 USD; FR 400000 USD"), after);

        withCsrf(list).when().post("/my/pledges/pl-1/submit").then().statusCode(303);
        given().when().get("/my/pledges").then().statusCode(200)
                .body(allOf(containsString("submitted"), not(containsString("action=\"/my/pledges/pl-1/submit\""))));
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void theServicesRefusalIsShownOnTheFormKeepingWhatWasTyped() {
        Response form = given().when().get("/my/pledges/new");
        withCsrf(form).formParam("amount", "-5").formParam("currency", "EUR").formParam("valueDate", "2026-06-01")
                .formParam("verticals", "sports").formParam("targetKind", "common-resource").formParam("targetRef", "res-1")
                .when().post("/my/pledges")
                .then().statusCode(400).body(allOf(containsString("amount: must be positive"),
                        containsString("value=\"-5\""), containsString("id=\"vertical-sports\" name=\"verticals\" value=\"sports\" checked"),
                        containsString("<option value=\"common-resource\" selected>")));
    }
}
