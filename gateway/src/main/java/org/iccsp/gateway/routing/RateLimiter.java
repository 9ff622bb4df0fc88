package org.iccsp.gateway.routing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code capacity} requests at once, refilled at {@code refillPerSecond}.
 * Thread-safe; idle, full buckets are dropped when the map grows so it stays bounded.
 */
public final class RateLimiter {
    private static final int MAX_TRACKED = 50_000;

    private final double capacity;
    private final double refillPerNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, double refillPerSecond, LongSupplier nanoClock) {
        if (capacity < 1 || refillPerSecond <= 0) {
            throw new IllegalArgumentException("rate limit needs capacity >= 1 and refill > 0");
        }
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1e9;
        this.clock = nanoClock;
    }

    /** @return empty when the request may go, else the whole seconds to wait before retrying */
    public Optional<Long> acquire(String client) {
        if (buckets.size() > MAX_TRACKED) {
            evictFull();
        }
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(capacity, clock.getAsLong()));
        synchronized (bucket) {
            refill(bucket);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            double nanosToOne = (1 - bucket.tokens) / refillPerNano;
            return Optional.of(Math.max(1, (long) Math.ceil(nanosToOne / 1e9)));
        }
    }

    private void refill(Bucket bucket) {
        long now = clock.getAsLong();
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * refillPerNano);
        bucket.updatedAt = now;
    }

    private void evictFull() {
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                refill(entry.getValue());
                return entry.getValue().tokens >= capacity;
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
