package org.iccsp.pledge.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Norway (NO) joins confidentially: only Norway itself, organisers and admins may see it by name. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemberRegistryTest {

    @Test
    @Order(1)
    void theSeedHoldsTheMemberBlocsAndTheirAnnouncedMembersArePublic() {
        given().when().get("/api/v1/members").then().statusCode(200)
                .body("code", hasItems("CA", "FR", "DE", "IT", "JP", "GB", "US", "EU"))
                .body("code", not(hasItem("QA"))) // prospective Arab League states are not public
                .body("find { it.code == 'EU' }.name", equalTo("European Union"))
                .body("find { it.code == 'EU' }.bloc", equalTo("EU"));
    }

    /**
     * A government sees the announced members and itself, no prospective one: were the prospective Arab
     * League states listed, a confidential one would be the state missing from the list. A member the
     * caller may not name answers exactly as a code no member has.
     */
    @Test
    @Order(1)
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void governmentsSeeAnnouncedMembersAndThemselvesOnly() {
        given().when().get("/api/v1/members").then().statusCode(200)
                .body("code", hasItems("GB", "FR", "EU"))
                .body("code", not(hasItem("QA"))).body("code", not(hasItem("PS"))).body("code", not(hasItem("AE")))
                .body("findAll { it.status != 'announced' && it.code != 'GB' }", empty());
        String unknown = given().when().get("/api/v1/members/ZZ").then().statusCode(404).extract().body().asString();
        String prospective = given().when().get("/api/v1/members/QA").then().statusCode(404).extract().body().asString();
        assertEquals(unknown.replace("ZZ", "XX"), prospective.replace("QA", "XX"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void adminRegistersAConfidentialMember() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"NO\", \"name\": \"Norway\", \"bloc\": \"other\", \"status\": \"confidential\"}")
                .when().post("/api/v1/members").then().statusCode(201)
                .body("status", equalTo("confidential"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"NO\", \"name\": \"Norway\", \"bloc\": \"other\", \"status\": \"confidential\"}")
                .when().post("/api/v1/members").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @Order(3)
    void anonymousNeverSeesTheConfidentialMember() {
        given().when().get("/api/v1/members").then().statusCode(200).body("code", not(hasItem("NO")));
        given().when().get("/api/v1/members/NO").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(3)
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void anotherGovernmentDoesNotSeeIt() {
        given().when().get("/api/v1/members").then().statusCode(200).body("code", not(hasItem("NO")))
                .body("findAll { it.status != 'announced' && it.code != 'GB' }", empty());
        String unknown = given().when().get("/api/v1/members/ZZ").then().statusCode(404).extract().body().asString();
        String confidential = given().when().get("/api/v1/members/NO").then().statusCode(404).extract().body().asString();
        assertEquals(unknown.replace("ZZ", "XX"), confidential.replace("NO", "XX"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "gov-ingrid", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "NO"))
    void theConfidentialMemberSeesItself() {
        given().when().get("/api/v1/members/NO").then().statusCode(200).body("name", equalTo("Norway"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void organisersSeeIt() {
        given().when().get("/api/v1/members").then().statusCode(200).body("code", hasItem("NO"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin-carol", roles = "admin")
    void announcingTheMemberMakesItPublic() {
        org.iccsp.pledge.PledgeFixtures.patchMember("NO", "{\"status\": \"announced\"}").statusCode(200)
                .body("status", equalTo("announced"));
    }

    @Test
    @Order(5)
    void anonymousNowSeesIt() {
        given().when().get("/api/v1/members/NO").then().statusCode(200).body("bloc", equalTo("other"));
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void badMembersAreRejectedNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"XX\", \"name\": \"Nowhere\", \"bloc\": \"other\", \"status\": \"announced\"}")
                .when().post("/api/v1/members").then().statusCode(400).body("errors.field", hasItem("code"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"IS\", \"name\": \"Iceland\", \"bloc\": \"Nordic\", \"status\": \"announced\"}")
                .when().post("/api/v1/members").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"status\": \"secret\"}")
                .when().patch("/api/v1/members/GB").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"status\": \"announced\"}")
                .when().patch("/api/v1/members/ZZ").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void governmentsCannotChangeTheRegistry() {
        given().contentType(ContentType.JSON).body("{\"status\": \"confidential\"}")
                .when().patch("/api/v1/members/GB").then().statusCode(403).contentType("application/problem+json");
    }
}
