package org.iccsp.bench;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The local stack the bench runs against and small HTTP helpers. Its ports are those of
 * deploy/local-stack/stack.properties (read from the repository root, where bench/run starts the driver),
 * shifted by ICCSP_PORT_OFFSET, as ./iccsp shifts them; PostgreSQL is the stack's private cluster.
 */
final class Stack {
    static final int OFFSET = Integer.parseInt(System.getenv().getOrDefault("ICCSP_PORT_OFFSET", "0"));
    private static final Properties LAYOUT = layout(Path.of("deploy/local-stack/stack.properties"));
    static final String DIRECTORY = "http://127.0.0.1:" + port("directory-service.port");
    static final String PLEDGES = "http://127.0.0.1:" + port("pledge-service.port");
    static final String EVENTS = "http://127.0.0.1:" + port("events-service.port");
    static final String KEYCLOAK = "http://localhost:" + port("keycloak.port");
    static final String MAIL_API = "http://127.0.0.1:" + port("smtp.api.port");
    static final String KAFKA = "127.0.0.1:" + port("kafka.port");
    static final int PG_PORT = port("postgres.port");

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Stack() {
    }

    private static Properties layout(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath() + " (run the bench from the repository root)", e);
        }
        return properties;
    }

    /** @return a port of stack.properties, shifted by ICCSP_PORT_OFFSET */
    private static int port(String key) {
        String value = LAYOUT.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("deploy/local-stack/stack.properties has no " + key);
        }
        return Integer.parseInt(value.trim()) + OFFSET;
    }

    static String jdbc(String database) {
        return "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + database;
    }

    static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    static HttpRequest.Builder json(String url, String token, String body) {
        return request(url, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and fails unless the status is one of the expected ones. */
    static String expect(HttpRequest.Builder request, int... statuses) {
        HttpResponse<String> r = send(request);
        for (int s : statuses) {
            if (r.statusCode() == s) {
                return r.body();
            }
        }
        throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
    }

    /** Completes normally for the expected statuses (the answer is returned), exceptionally otherwise. */
    static CompletableFuture<HttpResponse<String>> async(HttpRequest.Builder request, int... statuses) {
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            for (int s : statuses) {
                if (r.statusCode() == s) {
                    return r;
                }
            }
            throw new IllegalStateException(r.statusCode() + ": " + r.body());
        });
    }

    /** A token for a user of realm iccsp (password grant, client iccsp-web, as ./iccsp token does). */
    static String token(String user, String password) {
        return field(expect(form(KEYCLOAK + "/realms/iccsp/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "iccsp-web", "username", user, "password", password)), 200), "access_token");
    }

    static String adminToken() {
        return field(expect(form(KEYCLOAK + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin")), 200), "access_token");
    }

    private static HttpRequest.Builder form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request(url, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** The first string value of a JSON field (enough for the flat answers read here). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
