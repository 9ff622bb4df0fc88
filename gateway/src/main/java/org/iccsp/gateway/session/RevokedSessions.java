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

/**
 * Sessions ended by signing out. The session cookie carries its tokens (encrypted), so a copy of it
 * would stay usable until the tokens expire; signing out records the session's key here, and every
 * later request with that session is refused (and, being a browser, sent to sign in again). Keys are
 * kept a day, longer than any session of the realm lasts. Kept in this gateway's memory: with several
 * replicas, each one learns only the sign-outs it served (see gateway/README.md).
 */
@ApplicationScoped
public class RevokedSessions implements SecurityIdentityAugmentor {
    static final Duration KEPT = Duration.ofHours(24);

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private final Clock clock;

    public RevokedSessions() {
        this(Clock.systemUTC());
    }

    RevokedSessions(Clock clock) {
        this.clock = clock;
    }

    /** Ends the identity's session (nothing to do for one without a session, such as a bearer token). */
    public void revoke(SecurityIdentity identity) {
        SessionKeys.of(identity).ifPresent(key -> {
            Instant now = clock.instant();
            revoked.values().removeIf(until -> until.isBefore(now));
            revoked.put(key, now.plus(KEPT));
        });
    }

    public boolean isRevoked(SecurityIdentity identity) {
        return SessionKeys.of(identity).map(key -> {
            Instant until = revoked.get(key);
            return until != null && until.isAfter(clock.instant());
        }).orElse(false);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (isRevoked(identity)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("this session was signed out"));
        }
        return Uni.createFrom().item(identity);
    }
}
