package org.iccsp.gateway.web.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

/** Pages in Arabic, Hebrew and French: their labels, the codes services answer with, and the direction. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class TranslatedPagesTest {

    @Test
    void anArabicEventPageIsRightToLeftWithArabicLabelsAndCodes() {
        given().queryParam("lang", "ar").when().get("/events/ev-1").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"),
                        containsString("<a href=\"/events\">جميع الفعاليات</a>"),
                        containsString("<h2 id=\"timetable\">البرنامج</h2>"),
                        containsString("<dd>لقاء</dd>"), // the kind "convening"
                        containsString("<dd>4 من 25</dd>"),
                        containsString("سجّل في هذه الفعالية"),
                        containsString("انتقل إلى المحتوى الرئيسي"),
                        not(containsString("Timetable"))));
    }

    @Test
    void aHebrewDirectoryTranslatesLabelsSectorsAndTypesButNotWhatOrganisationsWrote() {
        given().cookie("lang", "he").when().get("/directory").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"he\" dir=\"rtl\">"),
                        containsString("<label for=\"q\">חיפוש</label>"),
                        containsString("<option value=\"health\" >בריאות</option>"),
                        containsString("עמותה · <bdi>השטחים הפלסטיניים</bdi>"), // type "ngo", country PS by its Hebrew name
                        containsString("Second Org"),
                        containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Peace &amp; Co"),
                        not(containsString("Any sector"))));
    }

    @Test
    @TestSecurity(user = "alice")
    void frenchRegistrationsAndFormsAreInFrench() {
        given().queryParam("lang", "fr").when().get("/my/registrations").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"fr\" dir=\"ltr\">"),
                        containsString("<h1>Mes inscriptions</h1>"),
                        containsString("sur liste d&#39;attente"),
                        containsString("(numéro 2 sur la liste d&#39;attente)"),
                        containsString("Connecté en tant que alice"),
                        not(containsString("My registrations"))));
        given().cookie("lang", "fr").when().get("/events/ev-1/register").then().statusCode(200)
                .body(allOf(containsString("Votre nom tel qu&#39;il doit figurer sur le badge"),
                        containsString(">S&#39;inscrire</button>")));
    }

    @Test
    void theLanguageLinksKeepThePageAndItsQuery() {
        given().queryParam("q", "olive tree").queryParam("sector", "health").queryParam("lang", "fr").when().get("/directory")
                .then().statusCode(200)
                .body(allOf(containsString("href=\"/directory?q=olive%20tree&amp;sector=health&amp;lang=ar\" hreflang=\"ar\""),
                        containsString("href=\"/directory?q=olive%20tree&amp;sector=health&amp;lang=en\" hreflang=\"en\"")));
    }

    @Test
    void errorPagesAreTranslatedToo() {
        given().cookie("lang", "he").when().get("/directory/hidden").then().statusCode(404)
                .body(allOf(containsString("<html lang=\"he\" dir=\"rtl\">"), containsString("<h1>לא נמצא</h1>")));
        given().queryParam("lang", "fr").when().get("/funding").then().statusCode(503)
                .body(containsString("<h1>Temporairement indisponible</h1>"));
    }
}
