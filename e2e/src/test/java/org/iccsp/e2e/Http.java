package org.iccsp.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client, as curl would be: tokens from Keycloak, calls through the gateway. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    record Reply(int status, String body, Map<String, List<String>> headers) {
        Reply(int status, String body) {
            this(status, body, Map.of());
        }

        /** The Content-Type without parameters, lower-cased ("" when there is none). */
        String contentType() {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("content-type"))
                    .flatMap(e -> e.getValue().stream()).findFirst()
                    .map(v -> v.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT)).orElse("");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /** A password-grant access token for a dev user of the iccsp realm (password: user + "-pw"). */
    static String token(String user) {
        return token("iccsp-web", user);
    }

    /** The same from another client of the realm (the local stack's test clients). */
    static String token(String client, String user) {
        String form = Map.of("grant_type", "password", "client_id", client, "username", user,
                "password", user + "-pw").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Reply reply = send(HttpRequest.newBuilder(URI.create(LocalStack.KEYCLOAK
                + "/realms/iccsp/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (reply.status() != 200) {
            throw new AssertionError("no token for " + user + " from client " + client + ": " + reply);
        }
        return reply.json().get("access_token").asText();
    }

    static Reply get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** {@code headers}: further request headers as name, value pairs. */
    static Reply postJson(String url, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * Any request: {@code token} (or null) as bearer, {@code contentType} (or null) for {@code body}
     * (or null), extra headers as name/value pairs.
     */
    static Reply call(String method, String url, String token, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * The gateway's rate limit (per token subject or client address) answers 429 with Retry-After
     * when a test calls faster than a person would: wait as told and try again.
     */
    private static Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 429 || attempt == 20) {
                    Exchanges.record(built.method(), built.uri(), response.statusCode(), response.headers().map(), response.body());
                    return new Reply(response.statusCode(), response.body(), response.headers().map());
                }
                long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(Duration.ofSeconds(Math.min(Math.max(wait, 1), 5)));
            }
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
