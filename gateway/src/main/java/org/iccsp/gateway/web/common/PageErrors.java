package org.iccsp.gateway.web.common;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Readable error pages (in the layout) instead of empty 404 and 503 answers. */
public class PageErrors {
    private final Pages pages;
    private final Template error;

    public PageErrors(Pages pages, @Location("error.html") Template error) {
        this.pages = pages;
        this.error = error;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "not-found");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "forbidden");
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException e) {
        return page(503, "unavailable");
    }

    /** A typed service client whose service does not answer (refused connection, timeout, unreadable JSON). */
    @ServerExceptionMapper
    public Response notAnswering(ProcessingException e) {
        return page(503, "unavailable");
    }

    /**
     * A typed service client that could not read a service's answer (its JSON reader says 400): the
     * service is failing, not the reader, so a 503 page.
     */
    @ServerExceptionMapper
    public Response unreadable(ClientWebApplicationException e) {
        return page(503, "unavailable");
    }

    @ServerExceptionMapper
    public Response refused(PageRefused e) {
        return pages.render(error.data("kind", "invalid").data("problem", e.problem()), e.status());
    }

    /**
     * A form over the HTTP limits ({@code quarkus.http.limits.max-form-attribute-size}): the form reader
     * refuses it with a 413, shown as a page that says so instead of an empty answer.
     */
    @ServerExceptionMapper
    public Response tooLarge(WebApplicationException e) {
        if (e.getResponse() != null && e.getResponse().getStatus() == 413) {
            return page(413, "too-large");
        }
        return e.getResponse();
    }

    /**
     * A form whose {@code csrf-token} field is not base64url: quarkus-rest-csrf decodes it before comparing and
     * throws, which would be a 500. It is a form this site did not issue, so the page says the form expired
     * (400), as for a token that does not match. Any other IllegalArgumentException stays a 500: a bug.
     */
    @ServerExceptionMapper
    public Response undecodableFormToken(IllegalArgumentException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("io.quarkus.csrf")) {
                return page(400, "expired");
            }
        }
        throw e;
    }

    /** The error page of a kind (not-found, forbidden, unavailable), in the reader's language. */
    private Response page(int status, String kind) {
        return pages.render(error.data("kind", kind).data("problem", null), status);
    }
}
