package org.iccsp.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong nanos = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, 2.0, nanos::get);

    @Test
    void allowsABurstThenRefillsAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limiter.acquire("a"));
        }
        assertEquals(Optional.of(1L), limiter.acquire("a"));
        nanos.addAndGet(500_000_000L); // half a second: one token at 2 per second
        assertEquals(Optional.empty(), limiter.acquire("a"));
        assertTrue(limiter.acquire("a").isPresent());
    }

    @Test
    void bucketsAreSeparatePerClient() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        assertTrue(limiter.acquire("a").isPresent());
        assertEquals(Optional.empty(), limiter.acquire("b"));
    }

    @Test
    void aTokenCountsByItsSubjectOnlyWhenVerifiedAndEachAnswerIsCachedBriefly() {
        AtomicLong verifications = new AtomicLong();
        String signed = GatewayHardeningTest.unsignedJwt("user-7").replace(".sig", ".good");
        VerifiedSubjects subjects = new VerifiedSubjects(token -> {
            verifications.incrementAndGet();
            return token.endsWith(".good") ? Uni.createFrom().item(Optional.of("user-7"))
                    : Uni.createFrom().failure(new IllegalArgumentException("bad signature"));
        }, 1_000_000_000L, nanos::get);

        assertEquals(Optional.of("user-7"), subjects.of("Bearer " + signed).await().indefinitely());
        String forged = "Bearer " + GatewayHardeningTest.unsignedJwt("user-7");
        assertEquals(Optional.empty(), subjects.of(forged).await().indefinitely());
        assertEquals(Optional.empty(), subjects.of(null).await().indefinitely());
        assertEquals(Optional.empty(), subjects.of("Basic dXNlcjpwYXNz").await().indefinitely());
        assertEquals(2, verifications.get());

        // the same tokens again within the cache time: no new verification, same answers
        assertEquals(Optional.of("user-7"), subjects.of("Bearer " + signed).await().indefinitely());
        assertEquals(Optional.empty(), subjects.of(forged).await().indefinitely());
        assertEquals(2, verifications.get());

        nanos.addAndGet(1_000_000_000L); // past the cache time: verified again
        assertEquals(Optional.of("user-7"), subjects.of("Bearer " + signed).await().indefinitely());
        assertEquals(3, verifications.get());
    }
}
