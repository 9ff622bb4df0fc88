package org.iccsp.gateway.web.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OIDC code flow against the stand-in identity provider (OidcWiremockTestResource), as a browser goes
 * through it. Its token endpoint wants a confidential client, hence the client id and secret of {@link On}.
 */
public final class CodeFlow {

    /** OIDC on, against the stand-in provider's realm and its confidential client. */
    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-web-app", "quarkus.oidc.credentials.secret", "secret");
        }
    }

    private CodeFlow() {
    }

    /** The provider's answer to the authorization request that {@code start} (a 302 to it) began. */
    public static Response finish(Response start) {
        start.then().statusCode(302);
        URI authorize = URI.create(start.getHeader("Location"));
        String state = param(authorize.getRawQuery(), "state");
        String redirect = URLDecoder.decode(param(authorize.getRawQuery(), "redirect_uri"), StandardCharsets.UTF_8);
        return given().redirects().follow(false).cookies(start.getCookies())
                .when().get(URI.create(redirect).getPath() + "?state=" + state + "&code=58af24f2-9093-4674-a431-4a9d66be719c");
    }

    /** Signs in from {@code path}; returns the q_session cookie. */
    public static String signIn(String path) {
        Response back = finish(given().redirects().follow(false).accept("text/html").when().get(path));
        String session = back.getCookie("q_session");
        assertTrue(session != null && !session.isEmpty(), "signed in: " + back.getStatusCode() + " " + back.getHeaders());
        return session;
    }

    /** A query parameter as sent (still URL-encoded). */
    public static String param(String query, String name) {
        Matcher m = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(query);
        assertTrue(m.find(), name + " in " + query);
        return m.group(1);
    }
}
