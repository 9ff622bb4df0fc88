package org.iccsp.gateway.web.pledges;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.common.Flash;
import org.iccsp.gateway.web.events.RegistrationPagesTest;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = FakeUpstreams.class, initArgs = @ResourceArg(name = FakeUpstreams.PLEDGES_UP, value = "true"))
class PledgePagesTest {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    private static RequestSpecification withCsrf(Response page) {
        return RegistrationPagesTest.withCsrf(page);
    }

    /** Drafts a pledge through the form and returns its page's path. */
    private static String draft(String amount, String targetName) {
        Response form = given().when().get("/my/pledges/new");
        return withCsrf(form).formParam("amount", amount).formParam("currency", "EUR").formParam("valueDate", "2026-06-01")
                .formParam("verticals", "education").formParam("target-kind", "cso-project").formParam("target-ref", "prj-9")
                .formParam("target-name", targetName)
                .when().post("/my/pledges").then().statusCode(303).extract().header("Location").replaceFirst("^https?://[^/]+", "");
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void aGovernmentDraftsAJointPledgeOnceEvenWhenTheFormIsSentTwiceAndSubmitsADraft() {
        Response list = given().when().get("/my/pledges");
        list.then().statusCode(200).body(allOf(containsString("Pledges of United Kingdom"), containsString("Clinics &lt;north&gt;"),
                containsString("action=\"/my/pledges/pl-1/transitions\"")));

        Response form = given().when().get("/my/pledges/new");
        form.then().statusCode(200).body(allOf(containsString("<label for=\"amount\">"),
                containsString("id=\"vertical-dialogue-and-reconciliation\""), containsString("id=\"shares-2-memberCode\""),
                // the events to announce it at come from the events-service
                containsString("<option value=\"ev-1\" >Leaders&#39; Convening (Monday, May 4, 2026 at 09:00)</option>"),
                not(containsString("id=\"memberCode\""))));
        Matcher key = IDEMPOTENCY_KEY.matcher(form.asString());
        assertTrue(key.find());
        for (int attempt = 0; attempt < 2; attempt++) { // a double click sends the same form twice
            withCsrf(form).formParam("idempotencyKey", key.group(1)).formParam("amount", "1000000")
                    .formParam("currency", "usd").formParam("valueDate", "2026-06-01")
                    .formParam("verticals", "health").formParam("verticals", "education")
                    .formParam("target-kind", "working-group").formParam("target-ref", "wg-7")
                    .formParam("target-name", "Water working group").formParam("newMoney", "on")
                    .formParam("jointLabel", "Water for Gaza").formParam("shares-0-memberCode", "gb")
                    .formParam("shares-0-amount", "600000").formParam("shares-0-currency", "USD")
                    .formParam("shares-1-memberCode", "FR").formParam("shares-1-amount", "400000")
                    .formParam("shares-1-currency", "USD")
                    .when().post("/my/pledges").then().statusCode(303);
        }
        String after = given().when().get("/my/pledges").then().statusCode(200).extract().asString();
        assertEquals(1, after.split(">Water working group</bdi></a>", -1).length - 1, "one pledge for one form");
        assertTrue(after.contains("1,000,000 USD") && after.contains("<bdi>Water for Gaza</bdi>: United Kingdom 600,000 USD; France 400,000 USD"), after);

        withCsrf(list).formParam("action", "submit").formParam("returnTo", "list").when().post("/my/pledges/pl-1/transitions")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/my/pledges"));
        given().queryParam("status", "submitted").when().get("/my/pledges").then().statusCode(200)
                .body(allOf(containsString("Clinics &lt;north&gt;"), not(containsString("Water working group")),
                        not(containsString("action=\"/my/pledges/pl-1/transitions\""))));
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void theServicesRefusalIsShownOnTheFormKeepingWhatWasTyped() {
        Response form = given().when().get("/my/pledges/new");
        withCsrf(form).formParam("amount", "-5").formParam("currency", "EUR").formParam("valueDate", "2026-06-01")
                .formParam("verticals", "sports").formParam("target-kind", "common-resource").formParam("target-ref", "res-1")
                .when().post("/my/pledges")
                .then().statusCode(400).body(allOf(containsString("role=\"alert\""), containsString("href=\"#amount\""),
                        containsString("Enter an amount greater than zero."), not(containsString("must be positive")), containsString("value=\"-5\""),
                        containsString("id=\"vertical-sports\" name=\"verticals\" value=\"sports\" checked"),
                        containsString("<option value=\"common-resource\" selected>")));
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void aDraftIsRevisedAndARefusedRevisionNamesTheField() {
        String pledge = draft("5000", "School <books>");
        Response edit = given().when().get(pledge + "/edit");
        edit.then().statusCode(200).body(allOf(containsString("value=\"5000\""), containsString("value=\"School &lt;books&gt;\""),
                containsString("action=\"" + pledge + "/edit\""), not(containsString("name=\"idempotencyKey\""))));

        withCsrf(edit).formParam("amount", "-1").formParam("currency", "EUR").formParam("valueDate", "2026-06-01")
                .formParam("verticals", "education").formParam("target-kind", "cso-project").formParam("target-ref", "prj-9")
                .when().post(pledge + "/edit")
                .then().statusCode(400).body(allOf(containsString("href=\"#amount\""), containsString("value=\"-1\"")));
        withCsrf(edit).formParam("amount", "7500").formParam("currency", "EUR").formParam("valueDate", "2026-07-01")
                .formParam("verticals", "health").formParam("target-kind", "cso-project").formParam("target-ref", "prj-9")
                .formParam("target-name", "School books").formParam("notes", "second thoughts")
                .when().post(pledge + "/edit").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(pledge));
        given().when().get(pledge).then().statusCode(200).body(allOf(containsString("7,500 EUR"),
                containsString("second thoughts"), containsString("<dd>2</dd>"), containsString("id=\"edit-pledge\"")));
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void aPledgeGoesThroughItsLifecycleFromItsPage() {
        String pledge = draft("1000", "Clinic roof");
        Response page = given().when().get(pledge);
        page.then().statusCode(200).body(allOf(containsString("id=\"submit-form\""),
                containsString("<option value=\"emb-g7\">g7-ministerial</option>"),
                containsString("id=\"withdraw-form\""), containsString("drafted")));
        Map<String, String> said = Map.of("submit", "Submitted the pledge of 1,000 EUR for “Clinic roof”.",
                "announce", "Announced the pledge of 1,000 EUR for “Clinic roof”.",
                "commit", "Recorded the commitment of the pledge of 1,000 EUR for “Clinic roof”.");
        for (String action : new String[] {"submit", "announce", "commit"}) {
            String flash = withCsrf(page).formParam("action", action).when().post(pledge + "/transitions").then().statusCode(303)
                    .extract().cookie(Flash.COOKIE);
            assertEquals(said.get(action), URLDecoder.decode(flash, StandardCharsets.UTF_8));
        }
        Response committed = given().when().get(pledge);
        committed.then().statusCode(200).body(allOf(containsString("committed"), containsString("id=\"disburse-form\""),
                containsString("(1000 EUR remain)")));
        withCsrf(committed).formParam("action", "disburse").formParam("amount", "1500").formParam("date", "2026-01-15")
                .when().post(pledge + "/transitions")
                .then().statusCode(422).body(allOf(containsString("href=\"#amount\""), containsString("The amount is more than what remains to be disbursed.")));
        withCsrf(committed).formParam("action", "disburse").formParam("amount", "400").formParam("date", "2026-01-15")
                .when().post(pledge + "/transitions").then().statusCode(303);
        withCsrf(committed).formParam("action", "withdraw").when().post(pledge + "/transitions")
                .then().statusCode(400).body(containsString("href=\"#reason\""));
        // withdrawing asks first: the page's form is a GET to the check-your-answers page, which posts the transition
        committed.then().body(containsString("<form method=\"get\" action=\"" + pledge + "/withdraw\" id=\"withdraw-form\">"));
        Response check = given().queryParam("reason", "budget <cut>").when().get(pledge + "/withdraw");
        check.then().statusCode(200).body(allOf(containsString("Withdraw this pledge?"), containsString("This cannot be undone."),
                containsString("1,000 EUR"), containsString("Clinic roof"), containsString("value=\"budget &lt;cut&gt;\""),
                containsString("<form method=\"post\" action=\"" + pledge + "/transitions\" id=\"confirm-withdraw-form\">"),
                containsString("<input type=\"hidden\" name=\"action\" value=\"withdraw\">"),
                containsString("href=\"" + pledge + "\" id=\"keep-pledge\"")));
        String flash = withCsrf(check).formParam("action", "withdraw").formParam("reason", "budget cut").when().post(pledge + "/transitions")
                .then().statusCode(303).extract().cookie(Flash.COOKIE);
        assertEquals("Withdrew the pledge of 1,000 EUR for “Clinic roof”.", URLDecoder.decode(flash, StandardCharsets.UTF_8));
        given().when().get(pledge).then().statusCode(200).body(allOf(containsString("withdrawn"),
                containsString("budget cut"), not(containsString("id=\"withdraw-form\""))));
    }

    @Test
    @TestSecurity(user = "olga", roles = "organizer")
    void anOrganiserMayAnnounceButNotManageAPledge() {
        given().when().get("/my/pledges/pl-1").then().statusCode(200)
                .body(allOf(not(containsString("id=\"withdraw-form\"")), not(containsString("id=\"submit-form\""))));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void anAdminNamesTheMemberWhenDrafting() {
        given().when().get("/my/pledges/new").then().statusCode(200)
                .body(containsString("<label for=\"memberCode\">"));
        given().when().get("/my/pledges").then().statusCode(200).body(containsString("<h1>Pledges</h1>"));
    }
}
