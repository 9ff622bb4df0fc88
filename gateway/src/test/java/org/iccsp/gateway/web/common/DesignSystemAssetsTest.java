package org.iccsp.gateway.web.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

/**
 * The design system (ADR 0011) is served from the build: every stylesheet and script a page links is answered
 * by the gateway itself (no CDN), right-to-left pages link Bootstrap's RTL build, and nothing is inline.
 */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class DesignSystemAssetsTest {
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|site)[^\"]*)\"");

    private static List<String> assets(String page) {
        List<String> found = new ArrayList<>();
        Matcher m = ASSET.matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyAssetAPageLinksIsServedFromTheGateway() {
        for (String lang : List.of("en", "fr", "ar", "he")) {
            String page = given().when().get("/directory?lang=" + lang).then().statusCode(200).extract().asString();
            List<String> assets = assets(page);
            assertTrue(assets.size() >= 4, "stylesheets and scripts linked: " + assets);
            boolean rtl = lang.equals("ar") || lang.equals("he");
            assertTrue(assets.stream().anyMatch(a -> a.endsWith(rtl ? "bootstrap.rtl.min.css" : "/bootstrap.min.css")),
                    lang + " links Bootstrap's " + (rtl ? "RTL" : "LTR") + " build: " + assets);
            assertFalse(page.contains("style=\""), "no inline style (the CSP forbids them)");
            assertFalse(page.contains("<script>"), "no inline script");
            for (String asset : assets) {
                given().when().get(asset).then().statusCode(200)
                        .contentType(containsString(asset.endsWith(".js") ? "javascript" : "text/css"));
            }
        }
    }

    @Test
    void thePhoneMenuFoldsBehindAToggler() {
        given().when().get("/events?lang=ar").then().statusCode(200)
                .body(containsString("id=\"menu-toggle\""), containsString("data-bs-target=\"#site-menu\""),
                        containsString("class=\"collapse navbar-collapse\" id=\"site-menu\""));
    }
}
