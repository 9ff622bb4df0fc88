package org.iccsp.gateway.routing;

import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The {@code sub} of a bearer token whose signature (and expiry, issuer) the realm's keys verify, else
 * nothing. Each answer, verified or not, is kept for a short while under a hash of the token, so a
 * client sending the same token again costs a map look-up, not a verification.
 */
public final class VerifiedSubjects {
    static final int MAX_CACHED = 20_000;

    private final Function<String, Uni<Optional<String>>> verifier;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** @param verifier the verified subject of a raw token, or empty (it may also fail: then empty) */
    public VerifiedSubjects(Function<String, Uni<Optional<String>>> verifier, long ttlNanos, LongSupplier nanoClock) {
        this.verifier = verifier;
        this.ttlNanos = ttlNanos;
        this.clock = nanoClock;
    }

    /** The verified subject of an {@code Authorization: Bearer} header, or empty for anything else. */
    public Uni<Optional<String>> of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Uni.createFrom().item(Optional.empty());
        }
        String token = authorization.substring(7).trim();
        if (token.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        String key = sha256(token);
        long now = clock.getAsLong();
        Entry cached = cache.get(key);
        if (cached != null && now - cached.at < ttlNanos) {
            return Uni.createFrom().item(cached.subject);
        }
        Uni<Optional<String>> verified;
        try {
            verified = verifier.apply(token);
        } catch (RuntimeException unverifiable) {
            verified = Uni.createFrom().item(Optional.empty());
        }
        return verified.onFailure().recoverWithItem(Optional.empty())
                .onItem().ifNull().continueWith(Optional.empty())
                .invoke(subject -> remember(key, new Entry(subject, clock.getAsLong())));
    }

    private void remember(String key, Entry entry) {
        if (cache.size() >= MAX_CACHED) {
            long now = clock.getAsLong();
            cache.values().removeIf(e -> now - e.at >= ttlNanos);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
        }
        cache.put(key, entry);
    }

    int cached() {
        return cache.size();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Entry(Optional<String> subject, long at) {
    }
}
