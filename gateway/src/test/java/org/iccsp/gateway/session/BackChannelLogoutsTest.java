package org.iccsp.gateway.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.oidc.runtime.TokenVerificationResult;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * A verified back-channel logout token, as quarkus-oidc hands it over (its TokenVerificationResult: this test
 * also catches a Quarkus upgrade that changes it), ends the session of its sid here and is announced to the others.
 */
class BackChannelLogoutsTest {
    /** A code-flow session whose ID token carries Keycloak's session id. */
    static SecurityIdentity sessionWithSid(String sid) {
        JsonWebToken idToken = new JsonWebToken() {
            public String getName() {
                return "alice";
            }

            public Set<String> getClaimNames() {
                return Set.of("sid", "sub");
            }

            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return (T) Map.of("sid", sid, "sub", "alice").get(claim);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(idToken)
                .addCredential(new IdTokenCredential("header." + sid + ".signature")).build();
    }

    @Test
    void aLogoutTokensSidIsRevokedAndAnnounced() {
        RevokedSessions revoked = new RevokedSessions(Clock.systemUTC());
        List<Revocation> announced = new ArrayList<>();
        revoked.announceWith(announced::add);
        BackChannelLogouts logouts = new BackChannelLogouts(revoked);
        SecurityIdentity ended = sessionWithSid("a1b2c3");
        SecurityIdentity other = sessionWithSid("d4e5f6");

        logouts.onSecurityEvent(new SecurityEvent(SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_INITIATED, Map.of(
                BackChannelLogouts.PROPERTY, new TokenVerificationResult(new JsonObject().put("sid", "a1b2c3")
                        .put("sub", "alice").put("events", new JsonObject()), null))));
        assertTrue(revoked.isRevoked(ended));
        assertFalse(revoked.isRevoked(other));
        assertEquals(List.of(SessionKeys.sha256("sid:a1b2c3")), announced.stream().map(Revocation::session).toList());

        // other security events, and a logout token without sid, end nothing
        logouts.onSecurityEvent(new SecurityEvent(SecurityEvent.Type.OIDC_LOGIN, Map.of(BackChannelLogouts.PROPERTY,
                new JsonObject().put("sid", "d4e5f6"))));
        logouts.onSecurityEvent(new SecurityEvent(SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_INITIATED, Map.of(
                BackChannelLogouts.PROPERTY, new TokenVerificationResult(new JsonObject().put("sub", "alice"), null))));
        assertFalse(revoked.isRevoked(other));
        assertEquals(1, announced.size());
    }
}
