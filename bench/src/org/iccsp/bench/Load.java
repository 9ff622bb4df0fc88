package org.iccsp.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Open-loop load: request i is due at start + i / rate and its latency is measured from that due
 * time, not from when it was actually sent. A stalled system therefore shows its stall in every
 * request that should have been sent meanwhile (no coordinated omission).
 */
final class Load {
    private Load() {
    }

    record Result(List<Long> latencies, int errors) {
    }

    static Result open(double perSecond, int count, IntFunction<CompletableFuture<?>> request) {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        CompletableFuture<?>[] all = new CompletableFuture<?>[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            all[i] = request.apply(i).handle((ok, failure) -> {
                if (failure == null) {
                    latencies.add(System.nanoTime() - due);
                } else {
                    errors.incrementAndGet();
                }
                return null;
            });
        }
        CompletableFuture.allOf(all).join();
        return new Result(List.copyOf(latencies), errors.get());
    }

    static double seconds(long fromNanos) {
        return (System.nanoTime() - fromNanos) / 1e9;
    }
}
