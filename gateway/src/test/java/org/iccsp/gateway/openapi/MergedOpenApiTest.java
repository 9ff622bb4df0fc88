package org.iccsp.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class MergedOpenApiTest {

    @Test
    void mergesThePathsAndSchemasOfTheServicesThatAnswerAndNamesTheOthers() {
        given().when().get("/openapi-merged").then().statusCode(200)
                .contentType("application/json")
                .body("paths.'/api/v1/organizations'.x-iccsp-service", equalTo("directory"))
                .body("paths.'/api/v1/events'.x-iccsp-service", equalTo("events"))
                .body("x-iccsp-missing-services", containsInAnyOrder("pledges", "notifications"))
                .body("info.description", containsString("pledges, notifications"))
                .body("components.schemas.Organization", notNullValue());
    }

    @Test
    void aSchemaNameTwoServicesDefineDifferentlyIsPrefixedAndItsReferencesFollow() {
        given().when().get("/openapi-merged").then().statusCode(200)
                .body("components.schemas.Problem.properties.title.type", equalTo("string"))
                .body("components.schemas.events_Problem.properties.detail.type", equalTo("string"))
                .body("paths.'/api/v1/organizations'.get.responses.'400'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/events'.get.responses.'400'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/events_Problem"));
    }

    @Test
    void everyOperationDeclaresWhatTheGatewayAnswersInFrontOfTheService() {
        given().when().get("/openapi-merged").then().statusCode(200)
                .body("paths.'/api/v1/organizations'.get.responses.'429'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/organizations'.get.responses.'429'.headers.Retry-After.schema.type", equalTo("integer"))
                .body("paths.'/api/v1/events'.get.responses.'503'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/events_Problem"));
    }

    @Test
    void swaggerUiOffersTheMergedDocument() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(containsString("/openapi-merged"));
    }
}
