package org.iccsp.gateway.web.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

/** The message after an action is shown once, escaped, and its cookie removed by the page that showed it. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class FlashTest {

    @Test
    void theNextPageShowsTheMessageOnceEscapedAndClearsIt() {
        String message = "تم الإفراج عن 2 تعهدات <b>now</b>";
        var cookies = given().cookie(Flash.COOKIE, URLEncoder.encode(message, StandardCharsets.UTF_8)).queryParam("lang", "ar")
                .when().get("/events")
                .then().statusCode(200)
                .body(allOf(containsString("<div class=\"alert alert-success flash\" role=\"status\" id=\"flash\">"),
                        containsString("تم الإفراج عن 2 تعهدات &lt;b&gt;now&lt;/b&gt;"), not(containsString("<b>now</b>"))))
                .extract().headers().getValues("Set-Cookie");
        org.junit.jupiter.api.Assertions.assertTrue(cookies.stream().anyMatch(c -> c.startsWith(Flash.COOKIE + "=;") && c.contains("Max-Age=0")),
                "the message's cookie is removed: " + cookies);
    }

    @Test
    void withoutTheCookieThereIsNoBannerAndNothingToClear() {
        var cookies = given().when().get("/events").then().statusCode(200)
                .body(not(containsString("id=\"flash\"")))
                // every page's footer links the open data, named (Qute's own data: namespace must not shadow the bundle)
                .body(containsString("<a href=\"/data\" id=\"footer-data\">Open data</a>"))
                .extract().headers().getValues("Set-Cookie");
        org.junit.jupiter.api.Assertions.assertTrue(cookies.stream().noneMatch(c -> c.startsWith(Flash.COOKIE)), "nothing to clear: " + cookies);
    }

    @Test
    void theCookieCarriesTheTextForOneMinuteOnThisSiteOnly() {
        var cookie = Flash.say("Registration cancelled");
        org.junit.jupiter.api.Assertions.assertEquals(60, cookie.getMaxAge());
        org.junit.jupiter.api.Assertions.assertEquals("/", cookie.getPath());
        org.junit.jupiter.api.Assertions.assertTrue(cookie.isHttpOnly());
        org.junit.jupiter.api.Assertions.assertEquals("Registration+cancelled", cookie.getValue());
    }
}
