package org.iccsp.gateway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
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

    /** The error page of a kind (not-found, forbidden, unavailable), in the reader's language. */
    private Response page(int status, String kind) {
        return pages.render(error.data("kind", kind), status);
    }
}
