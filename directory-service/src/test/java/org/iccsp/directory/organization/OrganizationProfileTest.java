package org.iccsp.directory.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class OrganizationProfileTest {

    static final String RICH = Fixtures.profile("Arava Institute for Environmental Studies", """
            "nameHe": "מכון הערבה ללימודי הסביבה", "nameAr": "معهد عربة للدراسات البيئية",
            "languages": ["he", "ar", "en"], "networks": ["ALLMEP"],
            "registryIds": ["IL-RA-580197770", "PS-MOI-RA-2291"],
            "contacts": [{"name": "Dalia", "role": "Director", "email": "dalia@example.org", "phone": "+972 8 635 6618"}],
            "visibility": {"description": "members"}, "publicListing": true""");

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void theRichProfileIsStoredAndReturnedIntact() {
        String id = given().contentType(ContentType.JSON).body(RICH)
                .when().post("/api/v1/organizations")
                .then().statusCode(201)
                .body("nameHe", equalTo("מכון הערבה ללימודי הסביבה"))
                .body("nameAr", equalTo("معهد عربة للدراسات البيئية"))
                .extract().path("id");

        given().when().get("/api/v1/organizations/" + id).then().statusCode(200)
                .body("languages", contains("he", "ar", "en"))
                .body("networks", contains("ALLMEP"))
                .body("registryIds", contains("IL-RA-580197770", "PS-MOI-RA-2291"))
                .body("contacts[0].email", equalTo("dalia@example.org"))
                .body("contacts[0].phone", equalTo("+972 8 635 6618"))
                .body("publicListing", equalTo(true))
                .body("visibility.description", equalTo("members"))
                .body("visibility.contactEmail", equalTo("members"))
                .body("visibility.website", equalTo("public"));
    }

    @Test
    @TestSecurity(user = "admin-carol", roles = "admin")
    void invalidProfileFieldsAreA400NamingTheFieldAndWriteNothing() {
        long organisations = Organization.count();
        long outbox = OutboxEvent.count();

        rejects(RICH.replace("IL-RA-580197770", "XX-ZZ-1"), "registryIds[0]", "unknown registry prefix");
        rejects(RICH.replace("IL-RA-580197770", "IL-RA-12"), "registryIds[0]", "not a valid IL-RA identifier");
        rejects(RICH.replace("\"ar\", \"en\"", "\"ar\", \"xx\""), "languages[2]", "unknown ISO 639-1 language xx");
        rejects(RICH.replace("dalia@example.org", "dalia-at-example"), "contacts[0].email", null);
        rejects(RICH.replace("+972 8 635 6618", "call me"), "contacts[0].phone", null);
        rejects(RICH.replace("\"description\": \"members\"", "\"nameHe\": \"private\""), "visibility.nameHe", null);
        rejects(RICH.replace("\"description\": \"members\"", "\"description\": \"secret\""), "visibility.description", null);
        rejects(RICH.replace("\"ALLMEP\"", "\"" + "n".repeat(81) + "\""), "networks[0]", null);

        assertEquals(organisations, Organization.count());
        assertEquals(outbox, OutboxEvent.count());
    }

    private static void rejects(String body, String field, String message) {
        var response = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        if (message != null) {
            response.body("errors.message", hasItem(org.hamcrest.Matchers.startsWith(message)));
        }
    }
}
