package org.iccsp.directory.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.iccsp.directory.organization.Fixtures;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Who was shown an organisation's non-public contact details is audited (contact.read), in the read's
 * transaction; public readers and the organisation's own users are not. Only admins read the log.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactAuditTest {
    private static final String ORG = "org-contact-audit";
    private static final String WORD = Fixtures.uniqueWord();

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void organisation() {
        if (Organization.findById(ORG) == null) {
            Fixtures.register(Fixtures.cso(ORG), Fixtures.profile("Contact audit " + WORD, """
                    "contacts": [{"name": "Samir"}], "publicListing": true"""));
            Fixtures.verify(ORG);
        }
    }

    @Test
    @Order(1)
    void anonymousReadersSeeNoContactDetailsAndAreNotAudited() {
        given().when().get("/api/v1/organizations/" + ORG).then().statusCode(200);
        assertEquals(0, entries());
    }

    @Test
    @Order(2)
    @TestSecurity(user = "cso-own", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = ORG))
    void theOrganisationReadingItsOwnProfileIsNotAudited() {
        given().when().get("/api/v1/organizations/" + ORG).then().statusCode(200).body("contacts[0].name", equalTo("Samir"));
        assertEquals(0, entries());
    }

    @Test
    @Order(3)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void anOrganiserReadingContactsIsAudited() {
        given().when().get("/api/v1/organizations/" + ORG).then().statusCode(200).body("contacts[0].name", equalTo("Samir"));
        given().when().get("/api/v1/organizations?q=" + WORD).then().statusCode(200).body("items.id", hasItem(ORG));
        assertEquals(2, entries());
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin-audit", roles = "admin")
    void adminsReadTheLogNewestFirstWithWhoWhatAndHow() {
        given().when().get("/api/v1/organizations/" + ORG).then().statusCode(200);
        given().when().get("/api/v1/directory-audit?action=contact.read&subject=" + ORG).then().statusCode(200)
                .body("entries", hasSize(3))
                .body("entries.actor.subject", contains("admin-audit", "organizer-olga", "organizer-olga"))
                .body("entries.details.channel", contains("organization", "search", "organization"))
                .body("entries[0].details.fields", containsInAnyOrder("contactEmail", "contacts"))
                .body("entries[0].subjectType", equalTo("organization"))
                .body("entries[2].actor.roles", contains("organizer"));
    }

    @Test
    @Order(5)
    void theDatabaseRefusesToChangeOrRemoveEntries() throws SQLException {
        for (String change : List.of("update audit.entries set actor_subject = 'nobody'", "delete from audit.entries",
                "truncate audit.entries")) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        assertEquals(3, entries());
    }

    @Test
    @Order(6)
    void anonymousCallersOfTheLogAre401() {
        given().when().get("/api/v1/directory-audit").then().statusCode(401);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void organisersAre403() {
        given().when().get("/api/v1/directory-audit").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(6)
    @TestSecurity(user = "cso-own", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "organization_id", value = ORG))
    void csoUsersAre403() {
        given().when().get("/api/v1/directory-audit").then().statusCode(403);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "admin-audit", roles = "admin")
    void aCursorTheLogDidNotHandOutIs400() {
        given().when().get("/api/v1/directory-audit?cursor=not-a-cursor").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
    }

    private long entries() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                var rows = s.executeQuery("select count(*) from audit.entries where action = 'contact.read' and subject_id = '"
                        + ORG + "'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
