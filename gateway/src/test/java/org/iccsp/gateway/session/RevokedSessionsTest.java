package org.iccsp.gateway.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A signed-out session stays refused (a day), other sessions and bearer tokens are untouched. */
class RevokedSessionsTest {
    private static SecurityIdentity session(String user, String idToken) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user))
                .addCredential(new IdTokenCredential(idToken)).build();
    }

    @Test
    void aSignedOutSessionIsRefusedAndOthersAreNot() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T19:00:00Z"));
        Clock clock = new Clock() {
            public Instant instant() {
                return now.get();
            }

            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        RevokedSessions revoked = new RevokedSessions(clock);
        SecurityIdentity mine = session("alice", "header.mine.signature");
        SecurityIdentity other = session("alice", "header.other.signature");
        SecurityIdentity bearer = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("tool")).build();

        assertEquals(mine, revoked.augment(mine, null).await().indefinitely());
        revoked.revoke(mine);
        revoked.revoke(bearer); // no session: nothing to end
        assertTrue(revoked.isRevoked(mine));
        assertThrows(AuthenticationFailedException.class, () -> revoked.augment(mine, null).await().indefinitely());
        assertFalse(revoked.isRevoked(other), "another session of the same person is not signed out");
        assertFalse(revoked.isRevoked(bearer));

        now.set(now.get().plus(Duration.ofHours(23)));
        assertTrue(revoked.isRevoked(mine));
        now.set(now.get().plus(Duration.ofHours(2)));
        assertFalse(revoked.isRevoked(mine), "kept longer than any session lasts, not for ever");
    }

    @Test
    void theFormBindingDiffersBySessionAndIsStableWithinOne() {
        String secret = "a-session-secret-of-at-least-32-characters";
        SecurityIdentity mine = session("alice", "header.mine.signature");
        assertEquals(SessionBoundForms.token(secret, mine), SessionBoundForms.token(secret, session("alice", "header.mine.signature")));
        assertNotEquals(SessionBoundForms.token(secret, mine), SessionBoundForms.token(secret, session("alice", "header.other.signature")));
        assertNotEquals(SessionBoundForms.token(secret, mine), SessionBoundForms.token("another-secret-of-at-least-32-characters!", mine));
    }
}
