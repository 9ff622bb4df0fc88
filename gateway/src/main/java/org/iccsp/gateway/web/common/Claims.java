package org.iccsp.gateway.web.common;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A claim of the signed-in person's token ({@code government_code}, {@code organization_id}, {@code email}). */
public final class Claims {
    private Claims() {
    }

    public static Optional<String> of(SecurityIdentity identity, String claim) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(claim) != null) {
            return Optional.of(token.getClaim(claim).toString());
        }
        return Optional.empty();
    }
}
