package org.iccsp.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iccsp.events.Actors;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.registration.letter.InvitationLetter;
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

    /** Registers the test's user for a new public event; the answer is 201. */
    ValidatableResponse register(String eventTitle, String body) {
        UUID event = planner.schedule(Actors.event(eventTitle, Visibility.PUBLIC, 40).command(), Actors.ORGANISER).id;
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(201);
    }

    static PDDocument letter(String registration) throws IOException {
        return Loader.loadPDF(given().get("/api/v1/registrations/" + registration + "/letter.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray());
    }

    /** The letter's text, Arabic presentation forms folded back to letters (NFKC), white space collapsed. */
    static String text(PDDocument letter) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(letter), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    @Test
    @TestSecurity(user = "gov-ca", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "CA"))
    void aConfirmedDelegationGetsAVisaLetterNamingItsPeopleInProtocolOrder() throws Exception {
        String id = register("Inaugural summit: ministerial part", """
                {"name": "Jane Doe", "delegation": {"head": {"name": "Jane Doe", "title": "Minister of Foreign Affairs"},
                 "members": [{"name": "John Roe", "title": "Ambassador"}, {"name": "Zoë Ñúñez"}]}}""")
                .body("places", equalTo(3)).body("governmentCode", equalTo("CA"))
                .body("delegation[1].protocolOrder", equalTo(2)).extract().path("id");
        try (PDDocument document = letter(id)) {
            String text = text(document);
            assertTrue(text.contains("Participant: Jane Doe For the government of: CA"), text);
            assertTrue(text.contains("Event: \"Inaugural summit: ministerial part\""), text);
            assertTrue(text.contains("Dates: from 10 March 2027, 09:00 to 12 March 2027, 17:30 (local time, Europe/Rome)"), text);
            assertTrue(text.contains("Delegation, in protocol order: 1. Jane Doe (Minister of Foreign Affairs); 2. John Roe"
                    + " (Ambassador); 3. Zoë Ñúñez"), text);
            assertTrue(text.contains("Reference: " + id), text);
        }
    }

    @Test
    @TestSecurity(user = "gov-jo", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "JO"))
    void namesInArabicAndHebrewScriptPrintAsWrittenInAnEmbeddedFont() throws Exception {
        String id = register("لقاء القادة · מפגש המנהיגים", """
                {"name": "ليلى حداد", "delegation": {"head": {"name": "ليلى حداد", "title": "وزيرة"},
                 "members": [{"name": "נועה לוי", "title": "Adviser"}, {"name": "Zoë (Ñúñez)"}, {"name": "王芳"}]}}""")
                .extract().path("id");
        try (PDDocument document = letter(id)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font instanceof PDType0Font && font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
            String text = text(document);
            assertTrue(text.contains("Participant: ليلى حداد For the government of: JO"), text);
            assertTrue(text.contains("Event: \"لقاء القادة · מפגש המנהיגים\""), text);
            // the line is drawn in list order with each value isolated (see the test below); a text extractor,
            // which knows nothing of isolates, may join neighbouring right-to-left values, so look for each
            for (String value : List.of("Delegation, in protocol order: 1. ", "ليلى حداد", "(وزيرة)", "נועה לוי",
                    "(Adviser); 3. Zoë (Ñúñez); 4. \uFFFD\uFFFD")) {
                assertTrue(text.contains(value), value + " in " + text);
            }
            assertFalse(text.contains("?"), "no character replaced by '?': " + text);
        }
    }

    @Test
    void arabicIsDrawnInJoinedFormsAndRightToLeftRunsInVisualOrder() {
        // ليلى: lam initial, yeh medial, lam medial, alef maksura final, drawn right to left
        assertEquals("\uFEF0\uFEE0\uFEF4\uFEDF", InvitationLetter.visual("ليلى"));
        assertEquals("Noa: יול העונ (IL)", InvitationLetter.visual("Noa: נועה לוי (IL)"));
        // a delegate's name and title, each isolated, stay in the list's left-to-right order
        assertEquals("1. יול העונ (הרש); 2. ...", InvitationLetter.visual("1. \u2068נועה לוי\u2069 (\u2068שרה\u2069); 2. ..."));
        assertEquals("1. 2 ;(הרש) יול העונ. ...", InvitationLetter.visual("1. נועה לוי (שרה); 2. ..."),
                "without isolates the list's punctuation joins the right-to-left run");
    }

    @Test
    void aValuesOwnBidiControlsCannotReachPastIt() {
        // U+202E alone: contained by the isolate; the list's text after the name stays in order
        assertEquals("1. Jane eoR (Adviser); 2. ...", InvitationLetter.visual(
                "1. " + InvitationLetter.isolate("Jane \u202ERoe") + " (" + InvitationLetter.isolate("Adviser") + "); 2. ..."));
        // a PDI in the value would end the isolate early and the override would turn the rest of the line
        String escaping = "Eve \u2069\u202ERoe";
        assertEquals("1. Eve eoR (Adviser); 2. ...", InvitationLetter.visual(
                "1. " + InvitationLetter.isolate(escaping) + " (" + InvitationLetter.isolate("Adviser") + "); 2. ..."));
        String bare = InvitationLetter.visual("1. \u2068" + escaping + "\u2069 (\u2068Adviser\u2069); 2. ...");
        assertFalse(bare.contains("(Adviser); 2. ..."), "a bare FSI…PDI is not enough: " + bare);
        // balanced controls are kept, stray pops dropped, open ones closed inside the isolate
        assertEquals("\u2068a\u2067b\u202Bc\u202C\u2069\u2069", InvitationLetter.isolate("a\u2067b\u202Bc\u202C\u2069"));
        assertEquals("\u2068ab\u202Ec\u202C\u2069", InvitationLetter.isolate("a\u202C\u2069b\u202Ec"));
        assertEquals("\u2068\u2066x\u2069\u2069", InvitationLetter.isolate("\u2066x"));
    }

    @Test
    @TestSecurity(user = "gov-nz", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "NZ"))
    void aNameCarryingARightToLeftOverrideCannotReverseTheLetterAroundIt() throws Exception {
        String id = register("Override \u2069\u202Esummit", """
                {"name": "Ann \u202ELee", "delegation": {"head": {"name": "Ann \u202ELee", "title": "Envoy\u2069\u202E"},
                 "members": [{"name": "Tom \u2069\u202ERoe", "title": "Adviser"}, {"name": "Zoë Ñúñez"}]}}""")
                .extract().path("id");
        try (PDDocument document = letter(id)) {
            String text = text(document);
            assertTrue(text.contains("Participant: Ann eeL For the government of: NZ"), text);
            assertTrue(text.contains("Delegation, in protocol order: 1. Ann eeL (Envoy); 2. Tom eoR (Adviser); 3. Zoë Ñúñez"), text);
            assertTrue(text.contains("Event: \"Override timmus\" Venue: "), text);
        }
    }

    @Test
    @TestSecurity(user = "cso-letter", roles = "cso")
    void onlyAConfirmedRegistrantGetsALetter() {
        UUID event = planner.schedule(Actors.event("Full convening", Visibility.PUBLIC, 1).command(),
                Actors.ORGANISER).id;
        registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("cso-first")));
        String waitlisted = given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(201)
                .body("status", equalTo("waitlisted")).body("waitlistRank", equalTo(1)).extract().path("id");
        given().get("/api/v1/registrations/" + waitlisted + "/letter.pdf").then().statusCode(409)
                .contentType("application/problem+json");
        UUID someoneElses = registrar.register(planner.schedule(Actors.event("Other", Visibility.PUBLIC, 5).command(),
                Actors.ORGANISER).id, Actors.SELF.command(), Actors.cso(Actors.unique("cso-other"))).id;
        given().get("/api/v1/registrations/" + someoneElses + "/letter.pdf").then().statusCode(404);
    }
}
