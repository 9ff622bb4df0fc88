package org.iccsp.pledge.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.iccsp.pledge.PledgeFixtures.act;
import static org.iccsp.pledge.PledgeFixtures.create;
import static org.iccsp.pledge.PledgeFixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.iccsp.pledge.PledgeFixtures;
import org.iccsp.platform.testing.IatiStandard;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The open-data exports over a real database: France's revised loan (100 → 150 is 150), committed and partly
 * disbursed to a named recipient; a public France–Japan joint pledge; and what must never be published: a pledge
 * sealed under an embargo and a joint pledge with Ireland, a confidential member (bloc EU, which no other test totals). Every file validates against the
 * IATI 2.03 XSD and codelists, the exports answer 304 to a current copy, and a bad parameter is a 400 problem.
 * All of it in 2033 (value dates), a year no other test uses.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportsTest {
    static final String ACTIVITIES = "/api/v1/exports/iati/activities.xml?year=2033";
    static final String FLOWS_CSV = "/api/v1/exports/flows.csv?year=2033";
    static final String FLOWS_JSON = "/api/v1/exports/flows.json?year=2033";
    /** What the sealed and the confidential pledges hold: none of it may appear in any export. */
    static final List<String> SECRETS = List.of("777.77", "Sealed Orchard", "4321.00", "Quiet Harbour", "Ireland",
            "XI-IATI-ICCSP-IE", "\"IE\"");

    static String embargo;
    static String loan;
    static String sealed;
    static String etag;
    static String lastModified;

    static String body(String amount, String currency, String target, String extra) {
        return """
                {"amount": "%s", "currency": "%s", "valueDate": "2033-03-01",
                 "verticals": ["dialogue-and-reconciliation", "education"],
                 "target": {"kind": "cso-project", "ref": "org-0077/project-3", "name": "%s"},
                 "newMoney": true %s}
                """.formatted(amount, currency, target, extra);
    }

    @Test
    @Order(0)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void adminRegistersAConfidentialMemberLoadsRatesAndOpensAnEmbargo() {
        given().contentType(ContentType.JSON).body("{\"code\": \"IE\", \"name\": \"Ireland\", \"bloc\": \"EU\", \"status\": \"confidential\"}")
                .when().post("/api/v1/members").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"rates": [{"date": "2033-01-01", "currency": "EUR", "perUsd": "0.8"},
                           {"date": "2033-01-01", "currency": "JPY", "perUsd": "96"}]}""")
                .when().put("/api/v1/exchange-rates").then().statusCode(200);
        embargo = given().contentType(ContentType.JSON).body("{\"name\": \"exports-test-ceasefire\"}")
                .when().post("/api/v1/embargoes").then().statusCode(201).extract().path("id");
    }

    @Test
    @Order(1)
    @TestSecurity(user = "gov-francois", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "FR"))
    void franceRevisesALoanFrom100To150CommitsAndDisbursesAndSealsAnother() {
        create(body("100.00", "EUR", "Shared classrooms", ", \"financeType\": \"999\"")).statusCode(400)
                .body("errors.field", hasItem("financeType"));
        create(body("100.00", "EUR", "Shared classrooms", ", \"flowType\": \"20\"")).statusCode(400)
                .body("errors.field", hasItem("flowType"));
        loan = create(body("100.00", "EUR", "Shared classrooms", ", \"financeType\": \"421\", \"aidType\": \"D02\""))
                .statusCode(201).body("financeType", equalTo("421")).body("aidType", equalTo("D02"))
                .body("flowType", equalTo("10")).extract().path("id");
        // a revision replaces the amount (IATI's semantics): 100 then 150 is 150, not 250
        given().contentType(ContentType.JSON).body("{\"amount\": \"150.00\"}").when().patch("/api/v1/pledges/" + loan)
                .then().statusCode(200).body("amount", equalTo("150.00")).body("financeType", equalTo("421"));
        act(loan, "submit").statusCode(200);
        act(loan, "announce").statusCode(200);
        act(loan, "commit").statusCode(200);
        transition(loan, "{\"action\": \"disburse\", \"amount\": \"50.00\", \"date\": \"2026-11-02\", \"recipient\": \"org-0042\"}")
                .statusCode(200).body("disbursedTotal", equalTo("50.00"));
        given().when().get("/api/v1/pledges/" + loan).then().statusCode(200)
                .body("history.find { it.action == 'disburse' }.recipient", equalTo("org-0042"));

        sealed = create(body("777.77", "EUR", "Sealed Orchard", "")).statusCode(201).extract().path("id");
        transition(sealed, "{\"action\": \"submit\", \"embargoId\": \"" + embargo + "\"}").statusCode(200)
                .body("sealed", equalTo(true));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void adminAnnouncesAPublicJointPledgeAndOneWithTheConfidentialMember() {
        String shared = create(body("180.00", "EUR", "Olive Cooperative", """
                , "memberCode": "FR", "jointLabel": "Franco-Japanese Olive Fund",
                "shares": [{"memberCode": "FR", "amount": "100.00", "currency": "EUR"},
                           {"memberCode": "JP", "amount": "9600", "currency": "JPY"}]""")).statusCode(201)
                .extract().path("id");
        act(shared, "submit").statusCode(200);
        act(shared, "announce").statusCode(200);
        String quiet = create(body("4321.00", "EUR", "Quiet Harbour", """
                , "memberCode": "FR", "jointLabel": "Quiet Harbour Fund",
                "shares": [{"memberCode": "FR", "amount": "2000.00", "currency": "EUR"},
                           {"memberCode": "IE", "amount": "2321.00", "currency": "EUR"}]""")).statusCode(201)
                .extract().path("id");
        act(quiet, "submit").statusCode(200);
        act(quiet, "announce").statusCode(200);
    }

    @Test
    @Order(3)
    void theActivityFileValidatesHoldsThePublicPledgesAndNothingHidden() throws Exception {
        Response answer = given().when().get(ACTIVITIES);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertTrue(answer.contentType().startsWith("application/xml"), answer.contentType());
        etag = answer.header("ETag");
        lastModified = answer.header("Last-Modified");
        assertNotNull(etag);
        assertNotNull(lastModified);
        String xml = answer.asString();
        IatiStandard.validateActivities(xml);
        IatiStandard.checkCodes(xml);
        assertEquals(2, IatiWriterTest.count(xml, "<iati-activity "), xml);
        assertTrue(xml.contains("<iati-identifier>XI-IATI-ICCSP-" + loan + "</iati-identifier>"), xml);
        assertTrue(xml.contains("<value currency=\"EUR\" value-date=\"2033-03-01\">150.00</value>"), xml);
        assertFalse(xml.contains(">250.00<"), "a revision replaces: " + xml);
        assertTrue(xml.contains("<default-finance-type code=\"421\"/>"), xml);
        assertTrue(xml.contains("<receiver-org ref=\"org-0042\">"), xml);
        assertTrue(xml.contains("<value currency=\"JPY\" value-date=\"2033-03-01\">9600</value>"), xml);
        noSecrets(xml);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "gov-francois", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "FR"))
    void theExportsAreTheSameForAGovernmentThatSeesItsSealedPledge() {
        given().when().get("/api/v1/pledges/" + sealed).then().statusCode(200);
        for (String url : List.of(ACTIVITIES, FLOWS_CSV, FLOWS_JSON, "/api/v1/exports/iati/organisations/FR.xml")) {
            noSecrets(given().when().get(url).then().statusCode(200).extract().asString());
        }
        given().when().get(ACTIVITIES).then().header("ETag", equalTo(etag));
    }

    @Test
    @Order(4)
    void flowsAddUpToEachPledgeOncePerMemberWithDollars() throws Exception {
        Response csv = given().when().get(FLOWS_CSV);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.asString().split("\r\n");
        assertEquals(String.join(",", org.iccsp.pledge.export.domain.Flows.COLUMNS), lines[0]);
        noSecrets(csv.asString());

        Response json = given().when().get(FLOWS_JSON);
        assertEquals(200, json.statusCode());
        JsonNode flows = PledgeFixtures.JSON.readTree(json.asString());
        assertEquals(lines.length - 1, flows.size(), "the same rows as the CSV");
        List<String> loanRows = new ArrayList<>();
        BigDecimal loanTotal = BigDecimal.ZERO;
        for (JsonNode f : flows) {
            if (f.get("pledgeId").asText().equals(loan)) {
                loanRows.add(f.get("status").asText() + ":" + f.get("amount").asText() + ":" + f.get("recipient").asText()
                        + ":" + f.get("amountUsd").asText());
                loanTotal = loanTotal.add(new BigDecimal(f.get("amount").asText()));
            }
        }
        assertEquals(List.of("paid:50.00:org-0042:62.50", "committed:100.00:org-0077/project-3:125.00"), loanRows);
        assertEquals(new BigDecimal("150.00"), loanTotal, "the revised amount, counted once");
        assertTrue(json.asString().contains("\"sourceMember\":\"JP\""), json.asString());
        noSecrets(json.asString());
    }

    @Test
    @Order(4)
    void aMemberFileValidatesAndAMemberThePublicMayNotNameIsAnyUnknownCode() throws Exception {
        Response fr = given().when().get("/api/v1/exports/iati/organisations/FR.xml");
        assertEquals(200, fr.statusCode(), fr.asString());
        IatiStandard.validateOrganisations(fr.asString());
        IatiStandard.checkCodes(fr.asString());
        assertTrue(fr.asString().contains("<organisation-identifier>XI-IATI-ICCSP-FR</organisation-identifier>"));
        noSecrets(fr.asString());
        String confidential = given().when().get("/api/v1/exports/iati/organisations/IE.xml").then().statusCode(404)
                .extract().path("detail");
        String none = given().when().get("/api/v1/exports/iati/organisations/QQ.xml").then().statusCode(404)
                .extract().path("detail");
        assertEquals(none.replace("QQ", "IE"), confidential);
    }

    @Test
    @Order(5)
    void aCurrentCopyIs304AndAChangeMovesTheTags() {
        for (String url : List.of(ACTIVITIES, FLOWS_CSV, FLOWS_JSON, "/api/v1/exports/iati/organisations/FR.xml")) {
            String tag = given().when().get(url).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", tag).when().get(url).then().statusCode(304).header("ETag", equalTo(tag));
            String modified = given().when().get(url).then().extract().header("Last-Modified");
            given().header("If-Modified-Since", modified).when().get(url).then().statusCode(304);
            given().header("If-None-Match", "\"something-else\"").when().get(url).then().statusCode(200);
        }
        given().header("If-None-Match", etag).when().get(ACTIVITIES).then().statusCode(304);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "gov-francois", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "FR"))
    void aNewDisbursementChangesTheExports() {
        transition(loan, "{\"action\": \"disburse\", \"amount\": \"10.00\", \"date\": \"2026-11-03\"}").statusCode(200);
    }

    @Test
    @Order(7)
    void afterTheChangeTheOldTagNoLongerMatches() {
        Response answer = given().header("If-None-Match", etag).when().get(ACTIVITIES);
        assertEquals(200, answer.statusCode());
        assertNotEquals(etag, answer.header("ETag"));
        // the recipient of a disbursement that names none is the pledge's target
        assertTrue(answer.asString().contains("<value currency=\"EUR\" value-date=\"2026-11-03\">10.00</value>"));
    }

    @Test
    @Order(8)
    void badParametersAreProblemsNeverAPartialFile() {
        for (String[] bad : new String[][] {
                {"/api/v1/exports/iati/activities.xml?year=abc", "year"},
                {"/api/v1/exports/iati/activities.xml?year=1999", "year"},
                {"/api/v1/exports/flows.csv?year=20330", "year"},
                {"/api/v1/exports/flows.json?member=FR", "member"},
                {"/api/v1/exports/flows.json?year=2033&year=2034", "year"},
                {"/api/v1/exports/flows.xlsx", "format"},
                {"/api/v1/exports/iati/activities.json", "format"},
                {"/api/v1/exports/iati/organisations/FR.csv", "format"},
                {"/api/v1/exports/iati/organisations/fr.xml", "memberCode"},
                {"/api/v1/exports/iati/organisations/FR.xml?year=2033", "year"}}) {
            given().when().get(bad[0]).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[1]));
        }
        given().when().get("/api/v1/exports/iati/activities.xml?year=2099").then().statusCode(404)
                .contentType("application/problem+json");
        String empty = given().when().get("/api/v1/exports/flows.csv?year=2099").then().statusCode(200).extract().asString();
        assertEquals(1, empty.split("\r\n").length, "only the header row: " + empty);
        given().when().get("/api/v1/exports/flows.json?year=2099").then().statusCode(200).body("size()", equalTo(0));
    }

    static void noSecrets(String body) {
        for (String secret : SECRETS) {
            assertFalse(body.contains(secret), () -> "an export holds " + secret + ": " + body);
        }
    }
}
