package org.iccsp.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void theKeyIsTheTokensSubjectElseTheAddress() {
        String token = "Bearer " + GatewayHardeningTest.unsignedJwt("user-7");
        assertEquals("sub:user-7", RateLimiter.clientKey(token, "10.0.0.1"));
        assertEquals("ip:10.0.0.1", RateLimiter.clientKey(null, "10.0.0.1"));
        assertEquals("ip:10.0.0.1", RateLimiter.clientKey("Bearer not-a-jwt", "10.0.0.1"));
        assertEquals("ip:10.0.0.1", RateLimiter.clientKey("Basic dXNlcjpwYXNz", "10.0.0.1"));
    }
}
