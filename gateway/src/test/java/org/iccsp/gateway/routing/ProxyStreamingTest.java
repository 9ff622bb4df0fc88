package org.iccsp.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bodies both ways through the proxy: large chunked answers, chunked requests, URL headers. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class ProxyStreamingTest {
    @TestHTTPResource
    URL url;

    private String origin() {
        return "http://" + url.getHost() + ":" + url.getPort();
    }

    /** Issue 16 defect 1: a chunked answer over 8 KB arrived as 200 with content-length: 0. */
    @Test
    void aLargeChunkedAnswerArrivesWholeOverHttp11() throws Exception {
        String expected = FakeUpstreams.Chunked.jsonArrayOf(120_000).body();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(url.toURI().resolve("/api/v1/projects/large"))
                .header("Authorization", "Bearer abc.def.ghi").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version());
        assertEquals(200, answer.statusCode());
        assertEquals("chunked", answer.headers().firstValue("Transfer-Encoding").orElse(""), answer.headers().toString());
        assertEquals(expected.length(), answer.body().length(), "the whole body");
        assertEquals(expected, answer.body());
        assertTrue(new JsonArray(answer.body()).size() > 500);
    }

    @Test
    void aLargeChunkedAnswerArrivesWholeOverHttp2() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(url.toURI().resolve("/api/v1/projects/large")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertEquals(FakeUpstreams.Chunked.jsonArrayOf(120_000).body(), answer.body());
    }

    @Test
    void aHeadRequestGetsNoBodyAndNoError() {
        given().when().head("/api/v1/projects").then().statusCode(200);
    }

    /** Issue 16 defect 2: Location named the service's own address. */
    @Test
    void aLocationNamesTheGatewayTheCallerUsed() {
        given().contentType("application/json").body("{\"name\":\"Water\"}")
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .header("Location", equalTo(origin() + "/api/v1/projects/new-1"));
    }

    @Test
    void aLinkHeaderNamesTheGatewayToo() {
        given().when().get("/api/v1/projects/large").then().statusCode(200)
                .header("Link", equalTo("<" + origin() + "/api/v1/projects/large?cursor=c2>; rel=\"next\""));
    }

    /** The test client (loopback) is not a trusted proxy in the test profile: its forwarded headers are ignored. */
    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored() {
        given().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https")
                .contentType("application/json").body("{\"name\":\"Water\"}")
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .header("Location", equalTo(origin() + "/api/v1/projects/new-1"));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsForwardedWhole() throws Exception {
        String body = "{\"legalName\":\"" + "y".repeat(700) + "\"}"; // the test profile's limit is 1 KiB
        HttpResponse<String> answer = sendChunked("/api/v1/projects", body);
        assertEquals(201, answer.statusCode(), answer.body());
        assertEquals(body, new io.vertx.core.json.JsonObject(answer.body()).getString("body"));
    }

    /** Issue 16 defect 5: a chunked body passed the limit, which only looked at Content-Length. */
    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() throws Exception {
        HttpResponse<String> answer = sendChunked("/api/v1/projects", "{\"legalName\":\"" + "y".repeat(3000) + "\"}");
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("\"type\":\"https://iccsp.org/problems/too-large\""), answer.body());
    }

    private HttpResponse<String> sendChunked(String path, String body) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // a publisher of unknown length: the JDK client sends it with Transfer-Encoding: chunked
        return client.send(HttpRequest.newBuilder(url.toURI().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
