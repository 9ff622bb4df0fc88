package org.iccsp.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} names each offending field so a client can show
 * the message beside it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: {@code field} is a JSON path into the request body or a parameter name. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(typeFor(status), title, status, detail, null, List.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /** Problem types are documented per status under docs/errors.md. */
    static String typeFor(int status) {
        return switch (status) {
            case 400 -> "https://iccsp.org/problems/invalid-request";
            case 401 -> "https://iccsp.org/problems/unauthenticated";
            case 403 -> "https://iccsp.org/problems/forbidden";
            case 404 -> "https://iccsp.org/problems/not-found";
            case 409 -> "https://iccsp.org/problems/conflict";
            case 412 -> "https://iccsp.org/problems/precondition-failed";
            case 413 -> "https://iccsp.org/problems/too-large";
            case 415 -> "https://iccsp.org/problems/unsupported-media-type";
            case 422 -> "https://iccsp.org/problems/unprocessable";
            case 428 -> "https://iccsp.org/problems/precondition-required";
            case 503 -> "https://iccsp.org/problems/unavailable";
            default -> status >= 500 ? "https://iccsp.org/problems/internal" : "about:blank";
        };
    }
}
