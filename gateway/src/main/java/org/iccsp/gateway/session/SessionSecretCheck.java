package org.iccsp.gateway.session;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start without a real session secret. The OIDC and CSRF settings treat a missing
 * ICCSP_SESSION_SECRET as "unset" and would quietly fall back to weaker defaults; the gateway
 * must not run like that.
 */
@ApplicationScoped
public class SessionSecretCheck {
    static final int MIN_LENGTH = 32;

    private final Optional<String> secret;

    public SessionSecretCheck(@ConfigProperty(name = "iccsp.session-secret") Optional<String> secret) {
        this.secret = secret;
    }

    void onStart(@Observes StartupEvent start) {
        verify(secret);
    }

    static void verify(Optional<String> secret) {
        if (secret.filter(s -> s.length() >= MIN_LENGTH).isEmpty()) {
            throw new IllegalStateException("ICCSP_SESSION_SECRET must be set to a random value of at least "
                    + MIN_LENGTH + " characters (it signs and encrypts sessions and CSRF tokens)");
        }
    }
}
