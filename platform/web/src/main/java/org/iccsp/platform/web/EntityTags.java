package org.iccsp.platform.web;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Optimistic concurrency (RFC 9110 §13): every read of a changeable resource carries a strong {@code ETag}; a
 * PUT/PATCH/state change honours {@code If-Match}: a tag that is not current is 412, and where the resource
 * requires it, a missing {@code If-Match} is 428. Tags come from the row's version counter (preferred) or from a
 * digest of the parts that make up the representation.
 */
public final class EntityTags {
    private EntityTags() {
    }

    /** A strong tag for a row version: {@code "v7"}. */
    public static String ofVersion(long version) {
        return "\"v" + version + "\"";
    }

    /** A strong tag digesting the given parts (in order). */
    public static String ofParts(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks {@code If-Match} against the current tag. Absent: passes, unless {@code required} (428). {@code *}
     * matches any current representation. Otherwise one of the listed strong tags must equal the current one
     * (weak tags never match, as RFC 9110 requires for If-Match), or 412.
     */
    public static void checkIfMatch(String ifMatch, String current, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ProblemException(new Problem(Problem.typeFor(428), "Precondition required", 428,
                        "send If-Match with the ETag of the version you read", null,
                        List.of(new Problem.FieldError("If-Match", "is required"))));
            }
            return;
        }
        String trimmed = ifMatch.trim();
        if (trimmed.equals("*")) {
            return;
        }
        for (String candidate : trimmed.split(",")) {
            String tag = candidate.trim();
            if (!tag.startsWith("W/") && tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(new Problem(Problem.typeFor(412), "Precondition failed", 412,
                "the resource changed since you read it: read it again and reapply your change", null,
                List.of(new Problem.FieldError("If-Match", "does not match the current version"))));
    }

    /** An answer with the tag set. */
    public static <T> RestResponse<T> ok(T body, String tag) {
        return RestResponse.ResponseBuilder.ok(body).header("ETag", tag).build();
    }

    /** Adds the tag to a response being built. */
    public static Response.ResponseBuilder tagged(Response.ResponseBuilder builder, String tag) {
        return builder.header("ETag", tag);
    }
}
