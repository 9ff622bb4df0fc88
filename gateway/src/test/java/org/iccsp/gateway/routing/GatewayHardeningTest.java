package org.iccsp.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.response.Response;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class GatewayHardeningTest {
    @TestHTTPResource
    URL url;

    @Test
    void continuesTheCallersTrace() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String forwarded = given().header("traceparent", traceparent).header("tracestate", "iccsp=1")
                .when().get("/api/v1/projects?status=active")
                .then().statusCode(200)
                .body("tracestate", equalTo("iccsp=1"))
                .extract().path("traceparent");
        String[] parts = forwarded.split("-");
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", parts[1], "the service continues the caller's trace");
        assertTrue(!parts[2].equals("00f067aa0ba902b7"), "as a child of the gateway's own span: " + forwarded);
        assertEquals("01", parts[3], "the caller's sampling decision is kept");
    }

    @Test
    void startsATraceForACallerWithout() {
        String forwarded = given().when().get("/api/v1/projects").then().statusCode(200).extract().path("traceparent");
        assertTrue(forwarded != null && forwarded.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), forwarded);
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemAndNeverReachesTheService() {
        // the test profile's limit is 1 KiB
        given().contentType("application/json").body("{\"description\":\"" + "x".repeat(2000) + "\"}")
                .when().post("/api/v1/organizations")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://iccsp.org/problems/too-large"))
                .body("status", equalTo(413));
    }

    /** Over HTTP/2 (h2c, the JDK client's default) the refusal must not carry HTTP/1's Connection header. */
    @Test
    void aBodyOverTheLimitIsA413OverHttp2Too() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        client.send(HttpRequest.newBuilder(url.toURI().resolve("/api/v1/sectors")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(url.toURI().resolve("/api/v1/organizations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"description\":\"" + "x".repeat(2000) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()); // a Connection header would make this throw
        assertEquals(HttpClient.Version.HTTP_2, refused.version());
        assertEquals(413, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
    }

    /** Issue 16 defect 5: over Quarkus's own limit (3M) the answer was a bare 413 with an empty body. */
    @Test
    void aDeclaredBodyOverEveryLimitIsA413ProblemOnTheApiAndOnPages() throws Exception {
        for (String path : new String[] {"/api/v1/organizations", "/my/organization", "/directory"}) {
            String answer = rawExchange("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 3200000\r\n\r\n{\"a\":");
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"type\":\"https://iccsp.org/problems/too-large\""), answer);
        }
    }

    @Test
    void aLongUriIsA414Problem() {
        given().queryParam("q", "x".repeat(5000)).when().get("/api/v1/projects")
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("https://iccsp.org/problems/uri-too-long"))
                .body("detail", org.hamcrest.Matchers.containsString("4096"));
        given().queryParam("q", "x".repeat(5000)).when().get("/directory")
                .then().statusCode(414).contentType("application/problem+json");
    }

    @Test
    void hugeHeadersAreA431Problem() {
        given().header("X-Padding", "x".repeat(9000)).when().get("/api/v1/projects")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("https://iccsp.org/problems/headers-too-large"))
                .body("status", equalTo(431));
    }

    /**
     * The stand-in service has Vert.x's default request-line limit (4096), as the services do: a line
     * the gateway lets through must pass there too, not come back as the service's bare 414.
     */
    @Test
    void theRequestLineLimitIsTheServicesOwn() {
        String prefix = "/api/v1/projects?q=";
        int fits = 4096 - "GET ".length() - prefix.length() - " HTTP/1.1".length();
        given().urlEncodingEnabled(false).when().get(prefix + "x".repeat(fits)).then().statusCode(200);
        given().urlEncodingEnabled(false).when().get(prefix + "x".repeat(fits + 1)).then().statusCode(414)
                .contentType("application/problem+json");
    }

    /** Over HTTP/2 the header list limit was Netty's, with a bare 431. */
    @Test
    void hugeHeadersAreA431ProblemOverHttp2Too() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        client.send(HttpRequest.newBuilder(url.toURI().resolve("/api/v1/sectors")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(url.toURI().resolve("/api/v1/projects"))
                .header("X-Padding", "x".repeat(9000)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, refused.version());
        assertEquals(431, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aUriAndHeadersJustWithinTheLimitsAreForwarded() {
        given().header("X-Padding", "x".repeat(7000)).queryParam("q", "x".repeat(4000))
                .when().get("/api/v1/projects").then().statusCode(200);
    }

    /** Writes a request as it is (a body announced but not sent) and reads the answer's head and body. */
    private String rawExchange(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.readByte());
            }
            var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
            byte[] body = new byte[length.find() ? Integer.parseInt(length.group(1)) : 0];
            in.readFully(body);
            return head + new String(body, StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBodyWithinTheLimitIsForwarded() {
        given().contentType("application/json").body("{\"legalName\":\"Small\"}")
                .when().post("/api/v1/organizations").then().statusCode(201);
    }

    @Test
    void anAllowedOriginGetsCorsHeadersOnAPreflight() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/organizations")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"));
    }

    @Test
    void anUnknownOriginGetsNoCorsHeaders() {
        given().header("Origin", "http://evil.invalid").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/organizations")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    static String unsignedJwt(String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + subject + "\"}").getBytes(StandardCharsets.UTF_8)) + ".sig";
    }
}
