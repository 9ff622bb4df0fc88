package org.iccsp.pledge.pledge;

import static org.hamcrest.Matchers.equalTo;
import static org.iccsp.pledge.PledgeFixtures.create;
import static org.iccsp.pledge.PledgeFixtures.pledge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 on pledges: an amount is a JSON number or a string holding a decimal (both documented),
 * answered as a string; any other type, and any field the request does not have, is a 400 naming it.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class StrictInputTest {

    @Test
    @TestSecurity(user = "gov-strict", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void anAmountIsANumberOrADecimalStringAndAnswersAsAString() {
        create(pledge("1250.50", "GBP", "2026-01-15")).statusCode(201).body("amount", equalTo("1250.50"));
        create(pledge("\"1250.50\"", "GBP", "2026-01-15")).statusCode(201).body("amount", equalTo("1250.50"));
    }

    @Test
    @TestSecurity(user = "gov-strict", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void unknownFieldsAndWrongTypesAreRefusedNamingTheFieldAndWriteNothing() {
        long before = Pledge.count();
        String good = pledge("1000", "GBP", "2026-01-15");
        create(good.replace("\"newMoney\": true", "\"newMony\": true")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("newMony"));
        create(good.replace("\"newMoney\": true", "\"newMoney\": \"true\"")).statusCode(400)
                .body("errors[0].field", equalTo("newMoney"));
        create(good.replace("\"amount\": 1000", "\"amount\": true")).statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        create(good.replace("\"amount\": 1000", "\"amount\": \"a million\"")).statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        create(good.replace("\"notes\": \"first tranche\"", "\"notes\": 42")).statusCode(400)
                .body("errors[0].field", equalTo("notes"));
        create(good.replace("\"ref\": \"org-0001/project-1\"", "\"ref\": \"org-0001/project-1\", \"kinds\": 1")).statusCode(400)
                .body("errors[0].field", equalTo("target.kinds"));
        assertEquals(before, Pledge.count());
    }

    /** The OpenAPI document says what the answers are and what requests may send. */
    @Test
    void theOpenApiDocumentDescribesAmountsAsTheyAreWrittenAndRead() {
        io.restassured.RestAssured.given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.PledgeView.properties.amount.type", equalTo("string"))
                .body("components.schemas.PledgeView.properties.disbursedTotal.type", equalTo("string"))
                .body("components.schemas.CreatePledge.properties.amount.type", equalTo(java.util.List.of("string", "number")))
                .body("components.schemas.Share.properties.amount.type", equalTo(java.util.List.of("string", "number")))
                .body("components.schemas.AuditEntry.properties.previous.type", equalTo(null))
                .body("paths.'/api/v1/pledges'.post.responses.'201'.headers.Location", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/pledges'.post.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }
}
