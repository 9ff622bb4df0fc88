package org.iccsp.gateway.web.admin;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.common.CsrfField;
import org.iccsp.gateway.web.events.RegistrationPagesTest;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = FakeUpstreams.class, initArgs = @ResourceArg(name = FakeUpstreams.PLEDGES_UP, value = "true"))
class AdminPagesTest {
    @Test
    void theAdminPagesNeedASignedInPerson() {
        given().redirects().follow(false).when().get("/admin/verification").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void theVerificationQueueListsWaitingOrganisationsAndSendsDecisions() {
        Response queue = given().when().get("/admin/verification");
        queue.then().statusCode(200).body(allOf(containsString("Pending &lt;Org&gt;"),
                containsString("action=\"/admin/verification/org-p\""),
                containsString("<label for=\"reason-org-p\">")));
        String[] token = CsrfField.read(queue);

        given().redirects().follow(false).cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .formParam("decision", "verify").when().post("/admin/verification/org-p")
                .then().statusCode(303).header("Location", containsString("/admin/verification"));

        given().cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .formParam("decision", "reject").formParam("reason", "")
                .when().post("/admin/verification/org-p")
                .then().statusCode(400).body(allOf(containsString("role=\"alert\""),
                        containsString("Enter a value."), not(containsString("a rejection needs a reason"))));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void anEmbargoIsReleasedOnceAndASecondReleaseShowsTheConflict() {
        Response page = given().when().get("/admin/embargoes");
        page.then().statusCode(200).body(allOf(containsString("ceasefire &lt;announced&gt;"),
                containsString("action=\"/admin/embargoes/emb-1/release\"")));
        String[] token = CsrfField.read(page);

        given().redirects().follow(false).cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .when().post("/admin/embargoes/emb-1/release").then().statusCode(303);
        given().when().get("/admin/embargoes").then().statusCode(200)
                .body(allOf(containsString("released"), not(containsString("action=\"/admin/embargoes/emb-1/release\""))));

        given().cookie("csrf-token", token[2]).formParams(CsrfField.fields(token))
                .when().post("/admin/embargoes/emb-1/release")
                .then().statusCode(409).body(containsString("This was already released."));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void anAdminCreatesAnEmbargoAndAnInvalidNameIsNamedOnTheForm() {
        Response page = given().when().get("/admin/embargoes");
        page.then().statusCode(200).body(containsString("id=\"embargo-form\""));
        given().redirects().follow(false).cookie("csrf-token", CsrfField.read(page)[2])
                .formParams(CsrfField.fields(CsrfField.read(page))).formParam("name", "G7 Summit")
                .when().post("/admin/embargoes")
                .then().statusCode(400).body(allOf(containsString("href=\"#name\""), containsString("value=\"G7 Summit\"")));
        RegistrationPagesTest.withCsrf(page).formParam("name", "g7-summit").formParam("releaseAt", "2026-06-15T12:00")
                .when().post("/admin/embargoes").then().statusCode(303);
        given().when().get("/admin/embargoes").then().statusCode(200)
                .body(allOf(containsString("<th scope=\"row\"><bdi>g7-summit</bdi></th>"), containsString("2026-06-15T12:00:00Z")));
    }
}
