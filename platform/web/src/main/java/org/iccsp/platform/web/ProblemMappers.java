package org.iccsp.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves a service as problem+json: validation names the field, nothing leaks a stack
 * trace. Registered for the specific exception types so they win over the built-in mappers.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return respond(new Problem(Problem.typeFor(400), "Invalid request", 400, detail, null, errors), uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return respond(malformedJson(), uri);
    }

    /** Jackson's read limits (nesting depth 1000, number and string lengths): the body is refused, never a 500. */
    @ServerExceptionMapper
    public Response overLimits(StreamConstraintsException e, UriInfo uri) {
        return respond(Problem.of(400, "Malformed JSON", "the request body exceeds a JSON limit (nesting depth, length of a number or a string)"), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(malformedJson(), uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return respond(Problem.of(401, "Unauthenticated", "a valid bearer token is required"), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(Problem.of(401, "Unauthenticated", "a valid bearer token is required"), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", "your role does not allow this"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonMappingException unreadable) {
            return unreadable(unreadable, uri); // the JSON reader wraps Jackson's error: keep the field
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException) {
            return respond(malformedJson(), uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // JAX-RS answers a path or query parameter it cannot convert with a bare 404 (ParameterConverters
            // names the parameter for the common types): it is the request that is wrong, not the resource.
            return respond(new Problem(Problem.typeFor(400), "Invalid request", 400,
                    "a path or query parameter has a value of the wrong type", null, List.of()), uri);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        String detail = status >= 500 ? "the server could not complete the request" : e.getMessage();
        return respond(Problem.of(status, title, detail), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        SQLException data = dataException(e);
        if (data != null) {
            // SQLSTATE class 22 ("data exception": too long, out of range, bad encoding) comes from a value the
            // request supplied that validation let through; the transaction is rolled back. Worth fixing at the edge.
            LOG.warn("a request value the database refused (validation should name it): " + data.getMessage(), e);
            return respond(new Problem(Problem.typeFor(400), "Invalid request", 400,
                    "a value in the request cannot be stored (too long, out of range or not valid text)", null, List.of()), uri);
        }
        LOG.error("unexpected error", e);
        return respond(Problem.of(500, "Internal error", "the server could not complete the request"), uri);
    }

    private static Problem malformedJson() {
        return Problem.of(400, "Malformed JSON", "the request body is not valid JSON");
    }

    private static SQLException dataException(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return sql;
            }
        }
        return null;
    }

    private static Response unreadable(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("body");
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            // StrictJson: a misspelt or read-only field is refused, never silently dropped
            message = "is not a field of this request" + (unknown.getKnownPropertyIds() == null ? ""
                    : "; known fields: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
        } else if (e.getCause() instanceof IllegalArgumentException invalid) {
            message = invalid.getMessage(); // e.g. a @JsonCreator rejecting an unknown code
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "must be a valid " + friendly(m.getTargetType());
        } else {
            message = "cannot be read";
        }
        return respond(new Problem(Problem.typeFor(400), "Invalid request", 400, field + ": " + message, null,
                List.of(new Problem.FieldError(field, message))), uri);
    }

    private static String friendly(Class<?> type) {
        if (type.isEnum()) {
            return "value, one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "integer (a JSON number without a fraction)";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "number (a JSON number)";
        }
        if (type == java.math.BigDecimal.class) {
            return "decimal number (a JSON number or a string such as \"1000.50\")";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string (a JSON string)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array (a JSON array)";
        }
        return type.getSimpleName();
    }

    /**
     * "register.request.name" → "name": method nodes and a body parameter's own name mean nothing
     * to a client; a query or path parameter (the last node) keeps its name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER && !last) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        Problem withInstance = uri == null ? problem : problem.withInstance(uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withInstance).build();
    }
}
