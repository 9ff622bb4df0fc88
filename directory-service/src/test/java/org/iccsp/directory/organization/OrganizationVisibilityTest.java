package org.iccsp.directory.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-field visibility and opt-in public listing, seen by each audience. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class OrganizationVisibilityTest {
    private static final String LISTED = "org-visibility-listed";
    private static final String UNLISTED = "org-visibility-unlisted";

    @BeforeEach
    void organisations() {
        if (Organization.findById(LISTED) == null) {
            Fixtures.register(Fixtures.cso(LISTED), Fixtures.profile("Listed", """
                    "description": "Secret shelter programme", "city": "Hebron", "website": "https://listed.example.org",
                    "networks": ["ALLMEP"], "contacts": [{"name": "Samir"}], "publicListing": true,
                    "visibility": {"description": "private", "city": "members", "contactEmail": "public"}"""));
            Fixtures.verify(LISTED);
            Fixtures.register(Fixtures.cso(UNLISTED), Fixtures.profile("Unlisted", ""));
            Fixtures.verify(UNLISTED);
        }
    }

    @Test
    void anonymousReadersSeeOnlyPublicFieldsOfPubliclyListedOrganisations() {
        given().when().get("/api/v1/organizations/" + LISTED).then().statusCode(200)
                .body("$", not(hasKey("description")))
                .body("$", not(hasKey("city")))
                .body("$", not(hasKey("contacts")))       // members by default
                .body("$", not(hasKey("visibility")))
                .body("contactEmail", equalTo("office@example.org")) // published by choice
                .body("website", equalTo("https://listed.example.org"))
                .body("networks[0]", equalTo("ALLMEP"));
        given().when().get("/api/v1/organizations/" + UNLISTED).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "cso-other", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = "org-visibility-someone-else"))
    void usersOfOtherOrganisationsAreNotConsortiumMembers() {
        given().when().get("/api/v1/organizations/" + LISTED).then().statusCode(200)
                .body("$", not(hasKey("city")));
        given().when().get("/api/v1/organizations/" + UNLISTED).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "gov-fr", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "FR"))
    void consortiumMembersSeeMembersFieldsAndUnlistedOrganisationsButNotPrivateOnes() {
        given().when().get("/api/v1/organizations/" + LISTED).then().statusCode(200)
                .body("city", equalTo("Hebron"))
                .body("contacts[0].name", equalTo("Samir"))
                .body("$", not(hasKey("description")));
        given().when().get("/api/v1/organizations/" + UNLISTED).then().statusCode(200)
                .body("contactEmail", equalTo("office@example.org"));
    }

    @Test
    @TestSecurity(user = "cso-listed", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = LISTED))
    void theOrganisationItselfSeesEverythingAndItsChoices() {
        given().when().get("/api/v1/organizations/" + LISTED).then().statusCode(200)
                .body("description", equalTo("Secret shelter programme"))
                .body("visibility.description", equalTo("private"))
                .body("visibility.contacts", equalTo("members"));
    }
}
