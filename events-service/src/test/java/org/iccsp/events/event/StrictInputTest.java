package org.iccsp.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/** Issue 16: "capactiy" was dropped (default capacity), 1.5 became 1, 12345 became "12345". Now each is a 400 naming the field. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class StrictInputTest {
    private static final String GOOD = EventSchedulingTest.body("Strict input", "Europe/Rome", "2027-09-14T09:00", "2027-09-15T18:00");

    private static void refused(String body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void aMisspeltFieldIsRefusedNotDropped() {
        given().contentType(ContentType.JSON).body(GOOD.replace("\"capacity\": 300", "\"capactiy\": 5"))
                .when().post("/api/v1/events").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("capactiy")).body("errors[0].message", containsString("capacity"));
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void valuesOfTheWrongJsonTypeAreRefusedNotCoerced() {
        refused(GOOD.replace("\"capacity\": 300", "\"capacity\": 1.5"), "capacity");
        refused(GOOD.replace("\"capacity\": 300", "\"capacity\": 2.7"), "capacity");
        refused(GOOD.replace("\"capacity\": 300", "\"capacity\": \"300\""), "capacity");
        refused(GOOD.replace("\"title\": \"Strict input\"", "\"title\": 12345"), "title");
        refused(GOOD.replace("\"venue\": \"Fiera di Roma\"", "\"venue\": true"), "venue");
        given().contentType(ContentType.JSON).body(GOOD).when().post("/api/v1/events").then().statusCode(201)
                .body("placesLeft", equalTo(300));
    }
}
