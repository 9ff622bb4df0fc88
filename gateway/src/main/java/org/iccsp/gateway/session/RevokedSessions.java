package org.iccsp.gateway.session;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Sessions ended by signing out (POST /logout) or by Keycloak (back-channel logout, {@link BackChannelLogouts}).
 * The session cookie carries its tokens (encrypted), so a copy of it would stay usable until the tokens expire;
 * ending a session records its key here, and every later request with that session is refused (and, being a
 * browser, sent to sign in again). Keys are kept a day, longer than any session of the realm lasts, as their
 * SHA-256. Each replica keeps them in memory, and tells the others through {@link RevocationFeed} (Kafka topic
 * {@value RevocationFeed#TOPIC}), whose records it {@link #record}s too: a saved cookie is refused by every
 * replica (docs/adr/0010-session-revocation-across-replicas.md).
 */
@ApplicationScoped
public class RevokedSessions implements SecurityIdentityAugmentor {
    static final Duration KEPT = Duration.ofHours(24);

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile Consumer<Revocation> announce = r -> {
    };

    public RevokedSessions() {
        this(Clock.systemUTC());
    }

    RevokedSessions(Clock clock) {
        this.clock = clock;
    }

    /** Where this replica's revocations are told to the others (the feed, once it runs). */
    void announceWith(Consumer<Revocation> announcer) {
        this.announce = announcer;
    }

    /** Ends the identity's session (nothing to do for one without a session, such as a bearer token). */
    public void revoke(SecurityIdentity identity) {
        SessionKeys.of(identity).ifPresent(this::revokeSession);
    }

    /** Ends the session of this key ({@code sid:…}), here at once and, through the feed, on every replica. */
    public void revokeSession(String sessionKey) {
        Revocation revocation = new Revocation(SessionKeys.sha256(sessionKey), clock.instant().plus(KEPT));
        record(revocation);
        announce.accept(revocation);
    }

    /** A revocation learnt from the feed (another replica's, or this one's read back). */
    public void record(Revocation revocation) {
        Instant now = clock.instant();
        if (revocation.session() == null || revocation.until() == null || !revocation.until().isAfter(now)) {
            return;
        }
        revoked.values().removeIf(until -> until.isBefore(now));
        revoked.merge(revocation.session(), revocation.until(), (a, b) -> a.isAfter(b) ? a : b);
    }

    public boolean isRevoked(SecurityIdentity identity) {
        return SessionKeys.of(identity).map(this::revokedKey).orElse(false);
    }

    /** Whether the session of this key ({@code sid:…}) has ended. */
    boolean revokedKey(String sessionKey) {
        Instant until = revoked.get(SessionKeys.sha256(sessionKey));
        return until != null && until.isAfter(clock.instant());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (isRevoked(identity)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("this session was signed out"));
        }
        return Uni.createFrom().item(identity);
    }
}
