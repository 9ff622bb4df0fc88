package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callers of the security tests: six dev users (and a second admin, {@link #ADMIN_DANA}) (tokens from the real Keycloak), nobody, and
 * three tokens a service must refuse although they look right: expired, signed by another key,
 * meant for another audience. All three carry admin-carol's identity, the most powerful one, so a
 * missing check would show as a success, not as a harmless 403.
 */
enum Callers {
    ANONYMOUS("anon", null),
    CSO_A("csoA", "cso-alice"),
    CSO_B("csoB", "cso-bashir"),
    GOV_GB("govGB", "gov-gb"),
    GOV_FR("govFR", "gov-fr"),
    ORGANISER("org", "organizer-bob"),
    ADMIN("admin", "admin-carol"),
    EXPIRED("expired", "admin-carol"),
    FORGED("forged", "admin-carol"),
    OTHER_AUDIENCE("otherAud", "admin-carol"),
    /**
     * A second admin, for what two different admins must do (an announcement's approvals, AnnouncementIT). Not a
     * column of the access matrix: an admin is an admin, ADMIN's column says what both may do.
     */
    ADMIN_DANA("adminDana", "admin-dana");

    /** Local-stack-only clients (deploy/local-stack/keycloak/): tokens living 1 s, tokens without our audience. */
    static final String SHORT_LIVED_CLIENT = "iccsp-test-short-lived";
    static final String OTHER_AUDIENCE_CLIENT = "iccsp-test-other-audience";
    static final String AUDIENCE = "iccsp-backend";

    private static final Map<Callers, Token> TOKENS = new ConcurrentHashMap<>();
    private static final Duration REUSE = Duration.ofMinutes(5); // the realm's tokens live 10 minutes

    /** The column name in the access matrix. */
    final String column;
    /** The Keycloak user behind the token (null for anonymous). */
    final String user;

    Callers(String column, String user) {
        this.column = column;
        this.user = user;
    }

    private record Token(String value, Instant fetched) {
    }

    /** The bearer token of this caller, or null for anonymous; reused while it is fresh. */
    String token() {
        if (this == ANONYMOUS) {
            return null;
        }
        Token cached = TOKENS.get(this);
        if (cached == null || cached.fetched().plus(REUSE).isBefore(Instant.now())) {
            cached = new Token(fetch(), Instant.now());
            TOKENS.put(this, cached);
        }
        return cached.value();
    }

    /** True for the callers with a column in the access matrix (all but the second admin). */
    boolean inAccessMatrix() {
        return this != ADMIN_DANA;
    }

    /** True for the tokens a service must refuse whatever the endpoint. */
    boolean refusedEverywhere() {
        return this == EXPIRED || this == FORGED || this == OTHER_AUDIENCE;
    }

    String email() {
        return user + "@iccsp.test";
    }

    private String fetch() {
        return switch (this) {
            case EXPIRED -> expired();
            case FORGED -> forged(Http.token(user));
            case OTHER_AUDIENCE -> otherAudience();
            default -> Http.token(user);
        };
    }

    /** A token of the short-lived client, used only once its exp has passed (services allow no clock skew). */
    private String expired() {
        String token = Http.token(SHORT_LIVED_CLIENT, user);
        JsonNode claims = claims(token);
        assertTrue(claims.path("aud").toString().contains(AUDIENCE), "apart from its age the token is one for us: " + claims);
        long exp = claims.get("exp").asLong();
        while (Instant.now().getEpochSecond() <= exp + 1) {
            sleep(Duration.ofMillis(250));
        }
        return token;
    }

    private String otherAudience() {
        String token = Http.token(OTHER_AUDIENCE_CLIENT, user);
        JsonNode claims = claims(token);
        assertFalse(claims.path("aud").toString().contains(AUDIENCE), "the audience is not ours: " + claims);
        assertTrue(claims.path("realm_access").path("roles").toString().contains("admin"), "still admin-carol's roles: " + claims);
        return token;
    }

    /**
     * The real token's header (with Keycloak's kid) and claims, signed with a key pair made here:
     * only the signature is wrong.
     */
    static String forged(String real) {
        String[] parts = real.split("\\.");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey key = generator.generateKeyPair().getPrivate();
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
            assertNotEquals(real, forged);
            return forged;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT, decoded without verification (to check what a test token says). */
    static JsonNode claims(String jwt) {
        return new Http.Reply(200, new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8)).json();
    }

    /** The header of a JWT (alg, kid). */
    static ObjectNode header(String jwt) {
        return (ObjectNode) new Http.Reply(200, new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8)).json();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
