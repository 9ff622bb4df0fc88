package org.iccsp.pledge.pledge.domain;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The display name of the person making a change, for the pledge history: the token's {@code name} claim
 * (Keycloak's "profile" scope: first and last name), else its {@code preferred_username}; null without a
 * token (a change made by the service itself, such as the embargo clock). Kept beside the subject, never
 * instead of it: the subject stays what the audit trail is keyed by.
 */
@ApplicationScoped
public class ActorNames {
    static final int MAX_LENGTH = 200;

    private final SecurityIdentity identity; // a request-scoped proxy

    public ActorNames(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String current() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        String name = claim(token, "name");
        return name != null ? name : claim(token, "preferred_username");
    }

    private static String claim(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value == null) {
            return null;
        }
        String text = value.toString().replace("\"", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
