package org.iccsp.directory.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class DirectorySeederTest {
    @Inject
    DirectorySeeder seeder;

    @Test
    void theDocumentedOrganisationsAreSeededOnceAndAreSearchable() {
        long outbox = OutboxEvent.count();
        seeder.seedDocumented();
        assertEquals(0, seeder.seedDocumented(), "seeding again adds nothing");
        assertEquals(21, Organization.count("id like 'org-seed-%'"));
        assertEquals(outbox, OutboxEvent.count(), "seeding sends no events (and so no e-mail)");

        given().queryParam("q", "Arava environmental").when().get("/api/v1/organizations").then().statusCode(200)
                .body("items.legalName", hasItem("Arava Institute for Environmental Studies"));
        given().queryParam("q", "Heaven's Field").when().get("/api/v1/organizations").then().statusCode(200)
                .body("items[0].sectors", hasItem("dialogue-and-reconciliation"));
    }

    @Test
    void generatedOrganisationsAreValidSearchableAndIdempotent() {
        seeder.generate(600);
        assertEquals(0, seeder.generate(600), "generating again keeps the existing rows");
        assertEquals(600, Organization.count("id like 'org-gen-%'"));

        // the generator's rows satisfy the same rules as registered ones
        Organization sample = Organization.findById("org-gen-000124");
        assertEquals(2, sample.sectors.length);
        assertTrue(!sample.sectors[0].equals(sample.sectors[1]), "two different sectors");

        JsonPath page = given().queryParam("q", "הזית").queryParam("network", "ALLMEP").queryParam("country", "PS")
                .queryParam("facets", true)
                .when().get("/api/v1/organizations").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertTrue(!items.isEmpty());
        for (Map<String, Object> item : items) {
            assertTrue(((String) item.get("nameHe")).startsWith("הזית"), item.toString());
            assertTrue(((String) item.get("country")).startsWith("PS"), item.toString());
            assertTrue(((List<?>) item.get("networks")).contains("ALLMEP"), item.toString());
        }
        assertEquals(items.size(), page.getInt("facets.network.ALLMEP"));
        given().when().get("/api/v1/organizations/org-gen-000124").then().statusCode(200)
                .body("nameHe", equalTo("שלום 124"));
    }
}
