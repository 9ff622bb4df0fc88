package org.iccsp.gateway.web.data;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The "Open data" page lists every export and feed with its licence, in the four languages. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class DataPageTest {
    @Test
    void everyExportAndFeedIsListedWithItsLicenceAndTheCalendarsWebcalLink() {
        String page = given().when().get("/data").then().statusCode(200)
                .body(allOf(containsString("<h1>Open data</h1>"), containsString("CC BY 4.0"),
                        containsString("https://creativecommons.org/licenses/by/4.0/"),
                        containsString("href=\"webcal://"), containsString("/api/v1/feeds/events.ics\""),
                        containsString("<a href=\"/data\" id=\"footer-data\">Open data</a>")))
                .extract().asString();
        for (OpenData.Dataset dataset : OpenData.DATASETS) {
            assertTrue(page.contains(dataset.path()), dataset.path());
            assertTrue(page.contains("id=\"dataset-" + dataset.key() + "\""), dataset.key());
        }
        assertTrue(page.contains("/api/v1/exports/iati/organisations/{member}.xml"), "the per-member file's pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "he"})
    void thePageIsTranslated(String lang) {
        String expected = switch (lang) {
            case "fr" -> "Données ouvertes";
            case "ar" -> "البيانات المفتوحة";
            default -> "מידע פתוח";
        };
        given().queryParam("lang", lang).when().get("/data").then().statusCode(200)
                .body(allOf(containsString("<h1>" + expected + "</h1>"), containsString("CC BY 4.0"),
                        // no heading or column header left empty (axe-core found them so in a browser)
                        not(containsString("<h2></h2>")), not(containsString("<th scope=\"col\"></th>"))));
    }

    @Test
    void everyHeadingHasItsText() {
        given().when().get("/data").then().statusCode(200)
                .body(allOf(containsString("<h2>Your own calendar</h2>"), containsString(">Last update</th>"),
                        not(containsString("<h2></h2>")), not(containsString("<th scope=\"col\"></th>"))));
        given().queryParam("lang", "fr").when().get("/data").then().statusCode(200)
                .body(allOf(containsString("<h2>Votre propre agenda</h2>"), containsString(">Dernière mise à jour</th>")));
    }

    @Test
    void lastModifiedDatesAreReadAsHttpDates() {
        assertEquals(Instant.parse("2026-12-08T01:02:03Z"), OpenData.httpDate("Tue, 08 Dec 2026 01:02:03 GMT").orElseThrow());
        assertTrue(OpenData.httpDate("yesterday").isEmpty());
    }
}
