package org.iccsp.gateway.session;

import java.time.Instant;

/**
 * A session ended: {@code session} is the SHA-256 (hex) of its key ({@link SessionKeys}: {@code sid:<Keycloak
 * session id>} or {@code id:<hash of the ID token>}), so neither a session id nor a token is ever on the topic;
 * {@code until} is when the refusal may be forgotten (longer than any session of the realm lasts).
 */
public record Revocation(String session, Instant until) {
}
