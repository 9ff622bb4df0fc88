package org.iccsp.notification.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A subscriber's endpoint on 127.0.0.1: records what it receives and answers with the status set
 * for its path. It verifies Standard Webhooks signatures itself, with the specification's
 * algorithm and none of the service's code.
 */
final class WebhookReceiver implements AutoCloseable {
    record Delivery(String path, String id, String timestamp, String signature, String body, String traceparent,
            String host) {
    }

    private final HttpServer server;
    final List<Delivery> received = new CopyOnWriteArrayList<>();
    final Map<String, Integer> answers = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String path = exchange.getRequestURI().getPath();
                var h = exchange.getRequestHeaders();
                received.add(new Delivery(path, h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"),
                        h.getFirst("webhook-signature"), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        h.getFirst("traceparent"), h.getFirst("host")));
                exchange.sendResponseHeaders(answers.getOrDefault(path, 204), -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Delivery> at(String path) {
        return received.stream().filter(d -> d.path().equals(path)).toList();
    }

    /** Standard Webhooks verification: one of the space-separated v1 signatures must match. */
    static boolean verifies(Delivery d, String secret, long toleranceSeconds) throws Exception {
        long timestamp = Long.parseLong(d.timestamp());
        if (Math.abs(System.currentTimeMillis() / 1000 - timestamp) > toleranceSeconds) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((d.id() + "." + d.timestamp() + "." + d.body()).getBytes(StandardCharsets.UTF_8));
        for (String signature : d.signature().split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
