package org.iccsp.platform.web;

import java.util.List;

/** Thrown by resources and domain code; rendered as problem+json with its status. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem(Problem.typeFor(400), "Invalid request", 400, field + ": " + message,
                null, List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "Not found", what + " " + id + " does not exist"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(new Problem(Problem.typeFor(422), "Unprocessable request", 422,
                field + ": " + message, null, List.of(new Problem.FieldError(field, message))));
    }
}
