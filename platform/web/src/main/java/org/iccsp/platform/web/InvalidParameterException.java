package org.iccsp.platform.web;

import jakarta.ws.rs.BadRequestException;

/**
 * A path or query parameter that cannot be converted to its type. It is a WebApplicationException
 * so that Quarkus REST passes it through unchanged (instead of its JAX-RS default, a bare 404 for
 * path and query parameters); {@link ProblemMappers} renders it as a 400 naming the parameter.
 */
public class InvalidParameterException extends BadRequestException {
    private final transient Problem problem;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.problem = ProblemException.invalid(parameter, message).problem();
    }

    public Problem problem() {
        return problem;
    }
}
