package org.iccsp.events.feed.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.feed.persistence.FeedToken;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Problem;
import org.iccsp.platform.web.ProblemException;

/**
 * Personal feed tokens: 256 random bits (base64url, 43 characters) handed out once to the signed-in user
 * who asks; stored as SHA-256 only. Each user may hold up to {@value #MAX_LIVE} live tokens (one per
 * calendar application, revoked one by one). A revoked token is gone for good: its feed answers 410.
 */
@ApplicationScoped
public class FeedTokens {
    public static final int MAX_LIVE = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public FeedTokens(Clock clock) {
        this.clock = clock;
    }

    /** A new token and its secret (shown to its owner this once). */
    public record Issued(FeedToken token, String secret) {
    }

    @Transactional
    public Issued create(Caller caller) {
        if (FeedToken.count("subject = ?1 and revokedAt is null", caller.subject()) >= MAX_LIVE) {
            throw ProblemException.conflict("you already have " + MAX_LIVE + " live calendar links: revoke one first");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        FeedToken token = new FeedToken();
        token.id = UUID.randomUUID();
        token.subject = caller.subject();
        token.tokenSha256 = sha256(secret);
        token.createdAt = OffsetDateTime.now(clock);
        token.persist();
        return new Issued(token, secret);
    }

    /** The caller's live tokens (at most {@value #MAX_LIVE}), newest first, without their secrets (not kept). */
    public List<FeedToken> of(Caller caller) {
        return FeedToken.list("subject = ?1 and revokedAt is null order by createdAt desc, id", caller.subject());
    }

    /** Revokes one of the caller's tokens (someone else's is a 404, as if it did not exist); idempotent. */
    @Transactional
    public FeedToken revoke(UUID id, Caller caller) {
        FeedToken token = FeedToken.findById(id);
        if (token == null || !token.subject.equals(caller.subject())) {
            throw ProblemException.notFound("calendar link", id);
        }
        if (token.revokedAt == null) {
            token.revokedAt = OffsetDateTime.now(clock);
        }
        return token;
    }

    /** Whose feed a secret opens: 404 when no token has it (or it is malformed), 410 when it was revoked. */
    public String subjectOf(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
            throw ProblemException.notFound("calendar feed", "with this link");
        }
        FeedToken token = FeedToken.find("tokenSha256", sha256(secret)).firstResult();
        if (token == null) {
            throw ProblemException.notFound("calendar feed", "with this link");
        }
        if (token.isRevoked()) {
            throw new ProblemException(Problem.of(410, "Gone", "this calendar link was revoked by its owner"));
        }
        return token.subject;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
