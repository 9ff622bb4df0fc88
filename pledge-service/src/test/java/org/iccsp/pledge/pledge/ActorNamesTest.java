package org.iccsp.pledge.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.iccsp.pledge.PledgeFixtures;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The history names the people who acted ({@code actorName}, from their token's name), but not to a reader who may
 * not name the pledge's lead: Monaco (confidential) leads a joint pledge with the United Kingdom, whose government
 * sees the pledge without Monaco's code, and without the names of whoever acted on it.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActorNamesTest {
    private static String pledgeId;

    @Test
    @Order(1)
    @TestSecurity(user = "admin-carol", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "name", value = "Carol Admin"))
    void anAdminDraftsForAConfidentialLead() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"MC\", \"name\": \"Monaco\", \"bloc\": \"other\", \"status\": \"confidential\"}")
                .when().post("/api/v1/members").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        pledgeId = PledgeFixtures.create(PledgeFixtures.pledge("1000.00", "USD", "2026-03-02").replace("\"newMoney\": true", """
                "newMoney": true, "memberCode": "MC", "jointLabel": "Harbour fund",
                "shares": [{"memberCode": "MC", "amount": "600.00", "currency": "USD"},
                           {"memberCode": "GB", "amount": "400.00", "currency": "USD"}]""")).statusCode(201).extract().path("id");
        given().when().get("/api/v1/pledges/" + pledgeId).then().statusCode(200)
                .body("history.actorName", hasItem("Carol Admin"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void aCoMemberWhoMayNotNameTheLeadReadsNoNames() {
        given().when().get("/api/v1/pledges/" + pledgeId).then().statusCode(200)
                .body("memberCode", nullValue()).body("history.actorName", everyItem(nullValue()));
        given().when().get("/api/v1/pledges/" + pledgeId + "/history").then().statusCode(200)
                .body("actorName", everyItem(nullValue()));
    }
}
