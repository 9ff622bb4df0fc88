package org.iccsp.gateway.web.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a typed service client's non-2xx answer becomes for the pages. A call that returns the body
 * (each client interface's {@code @ClientExceptionMapper} calls {@link #toException}): the service's
 * 404 is a 404 page, its 401/403 a 403 page, another refusal (400, 409, 422) a 4xx page with the
 * service's problem ({@link PageRefused}), anything else a 503 page. A call that returns the
 * {@link Response} (a form's post, whose refusal is shown on the form) gets it whatever its status, and
 * the page asks {@link #refusal} or {@link #problem} what to show. A service that does not answer at
 * all is a 503 page too ({@link PageErrors#notAnswering}).
 */
public final class UpstreamProblems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UpstreamProblems() {
    }

    public static RuntimeException toException(String service, Response response, Method call) {
        if (call != null && call.getReturnType() == Response.class) {
            return null; // the page reads the answer itself
        }
        int status = response.getStatus();
        if (status == 404) {
            return new NotFoundException();
        }
        if (status == 401 || status == 403) {
            return new ForbiddenException();
        }
        if (status >= 400 && status < 500) {
            // what the reader sent was refused (a filter, a cursor, an id): a 4xx page, not an outage;
            // with nothing but the address to blame, the address names nothing
            if (status == 400 && addressOnly(call)) {
                return new NotFoundException();
            }
            return new PageRefused(status == 409 || status == 422 ? status : 400, problem(response));
        }
        return new ServiceUnavailableException("the " + service + " service answered " + status);
    }

    /** Whether a service's answer is a success (2xx). */
    public static boolean ok(Response response) {
        return response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL;
    }

    /**
     * A refusal to show on the form that was sent (400, 409, 422: problem+json naming the fields). A
     * service that fails is a 503 page, a 401/403 a "not allowed" page, a 404 a "not found" page.
     */
    public static Map<String, Object> refusal(String service, Response response) {
        if (response.getStatus() == 401 || response.getStatus() == 403) {
            throw new ForbiddenException();
        }
        if (response.getStatus() == 404) {
            throw new NotFoundException();
        }
        return problem(service, response);
    }

    /**
     * Any 4xx answer as a problem to show (with its {@code kind}, which names its heading); a failing
     * service (5xx, or an answer that is no refusal) is a 503 page.
     */
    public static Map<String, Object> problem(String service, Response response) {
        if (response.getStatus() < 400 || response.getStatus() >= 500) {
            throw new ServiceUnavailableException("the " + service + " service answered " + response.getStatus());
        }
        return problem(response);
    }

    /** A call that sends no query parameters: only its address can be wrong. */
    private static boolean addressOnly(Method call) {
        return call != null && Arrays.stream(call.getParameters()).noneMatch(p -> p.isAnnotationPresent(QueryParam.class));
    }

    /** A refusal's problem document with its {@code kind}; a refusal without a readable body is still one. */
    private static Map<String, Object> problem(Response response) {
        Map<String, Object> problem = new LinkedHashMap<>();
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (body != null && !body.isBlank()) {
                Object parsed = JSON.readValue(body, new TypeReference<Object>() {
                });
                if (parsed instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> problem.put(String.valueOf(k), v));
                }
            }
        } catch (IOException | RuntimeException e) {
            problem.clear();
        }
        problem.put("kind", Refusal.kind(response.getStatus()));
        return problem;
    }
}
