package org.iccsp.gateway.session;

import io.quarkus.oidc.SecurityEvent;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Field;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keycloak's back-channel logout: when a session ends at Keycloak (the person signs out of another application,
 * an administrator ends the session or signs the user out, the session expires), Keycloak POSTs a signed logout
 * token to {@code /back-channel-logout} ({@code quarkus.oidc.logout.backchannel.path}; the realm's
 * {@code iccsp-web} client names it). quarkus-oidc verifies it (signature, issuer, audience, the back-channel
 * event, no nonce) and would end the session only when its cookie comes back to this replica; here its
 * {@code sid} is revoked through {@link RevokedSessions}, which tells every replica.
 */
@ApplicationScoped
public class BackChannelLogouts {
    private static final Logger LOG = Logger.getLogger(BackChannelLogouts.class);
    static final String PROPERTY = "logout_token";

    private final RevokedSessions revoked;

    public BackChannelLogouts(RevokedSessions revoked) {
        this.revoked = revoked;
    }

    void onSecurityEvent(@Observes SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_INITIATED) {
            return;
        }
        Optional<String> sid = claims(event.getEventProperties().get(PROPERTY))
                .map(claims -> claims.getValue("sid")).map(Object::toString).filter(s -> !s.isBlank());
        if (sid.isPresent()) {
            revoked.revokeSession("sid:" + sid.get());
        } else {
            LOG.warn("a back-channel logout token without a sid: no session to end (the realm client sends one with"
                    + " backchannel.logout.session.required)");
        }
    }

    /** The verified logout token's claims: quarkus-oidc hands over its verification result. */
    static Optional<JsonObject> claims(Object property) {
        if (property instanceof JsonObject json) {
            return Optional.of(json);
        }
        if (property == null) {
            return Optional.empty();
        }
        try { // io.quarkus.oidc.runtime.TokenVerificationResult keeps the verified claims in a package-private field
            Field field = property.getClass().getDeclaredField("localVerificationResult");
            field.setAccessible(true);
            return Optional.ofNullable(field.get(property)).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.errorf("cannot read the back-channel logout token's claims from %s (a Quarkus upgrade?): %s",
                    property.getClass().getName(), e.toString());
            return Optional.empty();
        }
    }
}
