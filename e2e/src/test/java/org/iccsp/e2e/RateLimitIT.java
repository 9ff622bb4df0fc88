package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The gateway's rate limit cannot be bypassed with forged tokens: 1,000 {@code alg:none} tokens, each
 * with a fresh {@code sub}, from one address share that address's bucket (the local stack's limit:
 * bursts of 100, 20 a second), while a person's signed token keeps a bucket of its own. Pages are
 * limited too. Uses its own HTTP client: {@link Http} waits out 429s, this test counts them. Requests go
 * out 50 at a time, so the flood outpaces the refill however slow the machine is (one at a time, a
 * busy machine managed 13 a second, below the refill of 20).
 */
@RealStack
class RateLimitIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PATH = "/api/v1/members";

    private static int get(String path, String authorization, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LocalStack.GATEWAY + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", accept).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Sends each request of the list, 50 at a time; returns the statuses. */
    private static List<Integer> flood(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String unsignedJwt(String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + subject + "\",\"iss\":\"forged\"}").getBytes(StandardCharsets.UTF_8)) + ".";
    }

    @Test
    void forgedTokensWithFreshSubjectsDoNotEscapeTheLimitButASignedTokenHasItsOwnBucket() throws Exception {
        String person = "Bearer " + Callers.CSO_A.token();
        long start = System.nanoTime();
        List<Callable<Integer>> forged = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String token = "Bearer " + unsignedJwt("forged-" + i + "-" + System.nanoTime());
            forged.add(() -> get(PATH, token, "application/json"));
        }
        List<Integer> statuses = flood(forged);
        int refused = (int) statuses.stream().filter(status -> status == 429).count();
        int passed = statuses.size() - refused;
        double seconds = (System.nanoTime() - start) / 1e9;
        // burst 100 + 20/s (+ slack for the anonymous traffic of other tests' fixtures)
        assertTrue(refused > 0, "0 of 1000 forged tokens refused in " + seconds + " s");
        assertTrue(passed <= 100 + 20 * seconds + 20, passed + " of 1000 forged tokens passed in " + seconds + " s");

        // the address's bucket is empty, the signed token's is not
        assertEquals(200, get(PATH, person, "application/json"), "a signed token is held back by forged ones");
        // pages are limited by address too (fill the bucket's refill first)
        List<Callable<Integer>> pages = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pages.add(() -> get("/directory", null, "text/html"));
        }
        assertTrue(flood(pages).contains(429), "no 429 on 300 page requests");

        Thread.sleep(Duration.ofSeconds(6)); // leave the address a full bucket for the next tests
    }
}
