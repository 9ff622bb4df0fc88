package org.iccsp.gateway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/**
 * A person's registration: its status, cancellation and calendar file, as the signed-in person
 * (the events-service decides what they may see and do). The cancel form is CSRF-protected.
 */
@Path("/my/registrations/{id}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class RegistrationPages {
    private final ServiceClient services;
    private final Pages pages;
    private final Template registration;

    public RegistrationPages(ServiceClient services, Pages pages,
            @Location("events/registration.html") Template registration) {
        this.services = services;
        this.pages = pages;
        this.registration = registration;
    }

    @GET
        @SuppressWarnings("unchecked")
    public Response registration(@PathParam("id") String id) {
        Map<String, Object> found = (Map<String, Object>) services.get("events",
                "/api/v1/registrations/" + ServiceClient.encode(id), Map.of());
        Map<String, Object> event = event(String.valueOf(found.get("eventId")));
        return pages.render(registration.data("registration", found).data("event", event));
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id) {
        ServiceClient.Reply reply = services.exchange("events", "DELETE",
                "/api/v1/registrations/" + ServiceClient.encode(id), null);
        if (reply.status() >= 500) {
            throw new ServiceUnavailableException("the events service answered " + reply.status());
        }
        if (reply.status() == 404 || reply.status() == 403) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.seeOther(URI.create("/my/registrations/" + ServiceClient.encode(id))).build();
    }

    @GET
    @Path("invite.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") String id) {
        ServiceClient.Reply reply = services.exchange("events", "GET",
                "/api/v1/registrations/" + ServiceClient.encode(id) + "/invite.ics", null);
        if (reply.status() == 404 || reply.status() == 403) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        if (!reply.ok()) {
            throw new ServiceUnavailableException("the events service answered " + reply.status());
        }
        return Response.ok(reply.body(), "text/calendar;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"iccsp-registration.ics\"").build();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> event(String eventId) {
        return (Map<String, Object>) services.get("events", "/api/v1/events/" + ServiceClient.encode(eventId), Map.of());
    }

}
