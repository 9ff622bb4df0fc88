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
        return page(404, "Not found", "This page does not exist, or it is not visible to you.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "Not allowed", "Your account is not allowed to see or do this.");
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException e) {
        return page(503, "Temporarily unavailable",
                "Part of the platform is not answering right now. Please try again in a few minutes.");
    }

    private Response page(int status, String title, String message) {
        Response ok = pages.render(error.data("title", title).data("message", message));
        return Response.fromResponse(ok).status(status).build();
    }
}
