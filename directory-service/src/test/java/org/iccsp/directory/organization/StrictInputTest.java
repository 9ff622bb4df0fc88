package org.iccsp.directory.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: {@code "publicListng": true} was dropped (the organisation quietly unlisted) and {@code 12345}
 * became a name; now a 400 naming the field, on create and on a merge patch alike, and nothing is written.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class StrictInputTest {

    private static void refused(String body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void aCreateWithAnUnknownFieldOrAWrongTypeIsRefusedNamingTheField() {
        String name = "Strict " + UUID.randomUUID();
        String good = OrganizationRegistrationTest.body(name, "strict@example.org");
        refused(good.replace("\"type\": \"ngo\"", "\"type\": \"ngo\", \"publicListng\": true"), "publicListng");
        refused(good.replace("\"" + name + "\"", "12345"), "legalName");
        refused(good.replace("\"type\": \"ngo\"", "\"type\": \"ngo\", \"publicListing\": \"true\""), "publicListing");
        refused(good.replace("[\"arts-and-music\", \"dialogue-and-reconciliation\"]", "[\"arts-and-music\", 7]"), "sectors[1]");
        given().queryParam("q", name.substring("Strict ".length())).when().get("/api/v1/organizations")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void aMergePatchWithAWrongTypeIsRefusedNamingTheField() {
        String id = given().contentType(ContentType.JSON)
                .body(OrganizationRegistrationTest.body("Strict patch " + UUID.randomUUID(), "patch@example.org"))
                .when().post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        given().contentType("application/merge-patch+json").body("{\"city\": 12345}")
                .when().patch("/api/v1/organizations/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("city"));
        given().contentType("application/merge-patch+json").body("{\"publicListing\": \"yes\"}")
                .when().patch("/api/v1/organizations/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("publicListing"));
        given().contentType("application/merge-patch+json").body("{\"publicListng\": true}")
                .when().patch("/api/v1/organizations/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("publicListng"));
        given().when().get("/api/v1/organizations/" + id).then().statusCode(200).body("city", equalTo("Gaza"));
    }

    /** History values are stored JSON of any type: the document leaves them untyped (it said string, answers gave objects). */
    @Test
    void theOpenApiDocumentDescribesHistoryValuesAndCreationAsTheyAre() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.ChangeView.properties.oldValue.type", equalTo(null))
                .body("components.schemas.ChangeView.properties.newValue.type", equalTo(null))
                .body("paths.'/api/v1/organizations'.post.operationId", equalTo("createOrganization"))
                .body("paths.'/api/v1/organizations'.post.responses.'201'.headers.Location", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/organizations/{id}/verification'.post.operationId", equalTo("reviewOrganization"));
    }
}
