package org.iccsp.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iccsp.events.Actors;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class InvitationLetterTest {
    final EventPlanner planner;
    final Registrar registrar;

    InvitationLetterTest(EventPlanner planner, Registrar registrar) {
        this.planner = planner;
        this.registrar = registrar;
    }

    @Test
    @TestSecurity(user = "gov-ca", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "CA"))
    void aConfirmedDelegationGetsAVisaLetterNamingItsPeopleInProtocolOrder() throws Exception {
        UUID event = planner.schedule(Actors.event("Inaugural summit: ministerial part", Visibility.PUBLIC, 40),
                Actors.ORGANISER).id;
        String id = given().contentType(ContentType.JSON).body("""
                {"name": "Jane Doe", "delegation": {"head": {"name": "Jane Doe", "title": "Minister of Foreign Affairs"},
                 "members": [{"name": "John Roe", "title": "Ambassador"}, {"name": "Zoë Ñúñez"}]}}""")
                .post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(201).body("places", equalTo(3)).body("governmentCode", equalTo("CA"))
                .body("delegation[1].protocolOrder", equalTo(2)).extract().path("id");

        byte[] pdf = given().get("/api/v1/registrations/" + id + "/letter.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Jane Doe, for the government of CA is a confirmed participant"), text);
            assertTrue(text.contains("\"Inaugural summit: ministerial part\""), text);
            assertTrue(text.contains("from 10 March 2027, 09:00 to 12 March 2027, 17:30 (local time, Europe/Rome)"), text);
            assertTrue(text.contains("1. Jane Doe (Minister of Foreign Affairs); 2. John Roe (Ambassador); 3. Zoë Ñúñez"), text);
            assertTrue(text.contains("Reference: " + id), text);
        }
    }

    @Test
    @TestSecurity(user = "cso-letter", roles = "cso")
    void onlyAConfirmedRegistrantGetsALetter() {
        UUID event = planner.schedule(Actors.event("Full convening", Visibility.PUBLIC, 1), Actors.ORGANISER).id;
        registrar.register(event, Actors.SELF, Actors.cso(Actors.unique("cso-first")));
        String waitlisted = given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(201)
                .body("status", equalTo("waitlisted")).body("waitlistRank", equalTo(1)).extract().path("id");
        given().get("/api/v1/registrations/" + waitlisted + "/letter.pdf").then().statusCode(409)
                .contentType("application/problem+json");
        UUID someoneElses = registrar.register(planner.schedule(Actors.event("Other", Visibility.PUBLIC, 5),
                Actors.ORGANISER).id, Actors.SELF, Actors.cso(Actors.unique("cso-other"))).id;
        given().get("/api/v1/registrations/" + someoneElses + "/letter.pdf").then().statusCode(404);
    }
}
