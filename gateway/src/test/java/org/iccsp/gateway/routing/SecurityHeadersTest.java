package org.iccsp.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class SecurityHeadersTest {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self' http://localhost:18180; base-uri 'none'; object-src 'none'";

    private static ValidatableResponse secured(ValidatableResponse response) {
        return response.header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Strict-Transport-Security", nullValue()); // prod profile only
    }

    @Test
    void aPageCarriesTheSecurityHeaders() {
        secured(given().when().get("/directory").then().statusCode(200));
    }

    @Test
    void aSignInRefusalCarriesThemToo() {
        secured(given().when().get("/my/organization").then().statusCode(401));
    }

    @Test
    void aPageAskedWithTheSessionCookieIsNotStored() {
        secured(given().cookie("q_session", "opaque").when().get("/events").then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void anApiAnswerWithATokenCarriesThemAndIsNotStored() {
        secured(given().header("Authorization", "Bearer abc.def.ghi").when().get("/api/v1/projects").then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void anAnonymousAnswerKeepsTheServicesCaching() {
        secured(given().when().get("/api/v1/projects").then().statusCode(200))
                .header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void theGatewaysOwnProblemsCarryThemToo() {
        secured(given().header("Authorization", "Bearer abc.def.ghi").when().get("/api/v1/nothing-here").then().statusCode(404))
                .header("Cache-Control", equalTo("no-store"));
        secured(given().header("X-Padding", "x".repeat(9000)).when().get("/api/v1/projects").then().statusCode(431));
    }

    /** The policy has no 'unsafe-inline': no template may carry inline script, handlers or style. */
    @Test
    void noTemplateHasInlineScriptOrStyle() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\ssrc=)|<style|\\sstyle=|\\son[a-z]+=|javascript:",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> offending = files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return inline.matcher(Files.readString(file)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
            assertEquals(List.of(), offending);
        }
    }
}
