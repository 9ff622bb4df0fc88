package org.iccsp.platform.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The {@link Caller} of the current request, built from the verified token's claims. */
@ApplicationScoped
public class CurrentCaller {
    private final SecurityIdentity identity; // a request-scoped proxy

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        if (identity.isAnonymous()) {
            return Caller.anonymous();
        }
        JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        String name = identity.getPrincipal().getName();
        String subject = token != null && token.getSubject() != null ? token.getSubject() : name;
        String username = token != null && token.getClaim("preferred_username") != null
                ? token.getClaim("preferred_username").toString() : name;
        return new Caller(subject, username, claim(token, "email").orElse(null), Set.copyOf(identity.getRoles()),
                claim(token, "government_code"), claim(token, "organization_id"));
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        if (token == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.getClaim(name)).map(Object::toString)
                .map(v -> v.replace("\"", "")).filter(v -> !v.isBlank());
    }
}
