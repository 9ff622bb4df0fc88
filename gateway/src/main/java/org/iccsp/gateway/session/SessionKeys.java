package org.iccsp.gateway.session;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which browser session a signed-in person's request belongs to: the identity provider's session id
 * ({@code sid} of the ID token, the same across refreshes) or else a hash of the ID token. Only a
 * code-flow session (one with an ID token) has one; a bearer token sent by a tool has none.
 */
public final class SessionKeys {
    private SessionKeys() {
    }

    public static Optional<String> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        if (idToken == null || idToken.getToken() == null) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("sid") instanceof Object sid
                && !sid.toString().isBlank()) {
            return Optional.of("sid:" + sid.toString().replace("\"", ""));
        }
        return Optional.of("id:" + sha256(idToken.getToken()));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
