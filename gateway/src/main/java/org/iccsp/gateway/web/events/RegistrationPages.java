package org.iccsp.gateway.web.events;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.ServiceClient;

/**
 * The signed-in person's registrations: the list (upcoming first), one registration with its status,
 * waitlist rank and offer deadline, and what they may do with it: cancel, accept an offered place,
 * download the calendar invitation and the visa letter, take (or give up) a place in the event's
 * sessions, which is what puts them on a session's check-in list. The events-service decides what
 * they may see and do; the forms are CSRF-protected and its refusals are shown on the page.
 */
@Path("/my/registrations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class RegistrationPages {
    static final List<String> STATUSES = List.of("requested", "confirmed", "waitlisted", "offered", "rejected",
            "cancelled", "expired");

    private final ServiceClient services;
    private final Pages pages;
    private final Template list;
    private final Template registration;

    public RegistrationPages(ServiceClient services, Pages pages, @Location("events/my-registrations.html") Template list,
            @Location("events/registration.html") Template registration) {
        this.services = services;
        this.pages = pages;
        this.list = list;
        this.registration = registration;
    }

    @GET
    public Response mine(@QueryParam("status") String status) {
        return renderList(status, null, 200);
    }

    @GET
    @Path("{id}")
    public Response registration(@PathParam("id") String id, @QueryParam("place") String place) {
        return renderOne(id, null, "taken".equals(place) || "given-up".equals(place) ? place : null, 200);
    }

    @POST
    @Path("{id}/sessions/{sessionId}/join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@PathParam("id") String id, @PathParam("sessionId") String sessionId) {
        return place(id, "POST", sessionId, "", "taken");
    }

    @POST
    @Path("{id}/sessions/{sessionId}/leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@PathParam("id") String id, @PathParam("sessionId") String sessionId) {
        return place(id, "DELETE", sessionId, "/" + ServiceClient.encode(id), "given-up");
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, @FormParam("returnTo") String returnTo) {
        return act(id, "DELETE", "", returnTo);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") String id, @FormParam("returnTo") String returnTo) {
        return act(id, "POST", "/acceptance", returnTo);
    }

    @GET
    @Path("{id}/invite.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") String id) {
        return download(id, "/invite.ics", "text/calendar;charset=UTF-8", "iccsp-registration.ics");
    }

    @GET
    @Path("{id}/letter.pdf")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") String id) {
        return download(id, "/letter.pdf", "application/pdf", "iccsp-invitation-letter.pdf");
    }

    /** Takes or gives up a place in a session of the registration's event; any refusal is shown on its page. */
    @SuppressWarnings("unchecked")
    private Response place(String id, String method, String sessionId, String suffix, String done) {
        Map<String, Object> found = (Map<String, Object>) services.get("events", registrationPath(id), Map.of());
        ServiceClient.Reply reply = services.exchange("events", method, "/api/v1/events/"
                + ServiceClient.encode(String.valueOf(found.get("eventId"))) + "/sessions/" + ServiceClient.encode(sessionId)
                + "/participants" + suffix, null);
        if (reply.ok()) {
            return Response.seeOther(URI.create("/my/registrations/" + ServiceClient.encode(id) + "?place=" + done)).build();
        }
        // a session for another audience (403) or no place to give up (404) is said on the page
        return renderOne(id, services.problem("events", reply), null, reply.status());
    }

    /** Cancels or accepts, then back to the page the form was on; a refusal is shown on that page. */
    private Response act(String id, String method, String suffix, String returnTo) {
        ServiceClient.Reply reply = services.exchange("events", method, registrationPath(id) + suffix, null);
        boolean toList = "list".equals(returnTo);
        if (reply.ok()) {
            return Response.seeOther(URI.create(toList ? "/my/registrations" : "/my/registrations/" + ServiceClient.encode(id)))
                    .build();
        }
        Map<String, Object> problem = services.refusal("events", reply);
        return toList ? renderList(null, problem, reply.status()) : renderOne(id, problem, null, reply.status());
    }

    private Response download(String id, String suffix, String type, String filename) {
        ServiceClient.Reply reply = services.exchange("events", "GET", registrationPath(id) + suffix, null);
        // 400: an address whose id the service refuses names nothing (as /events/not-a-uuid); 403/404: not
        // the reader's; 409: not confirmed (any more), so there is nothing to download. Only a failing service is a 503.
        if (reply.status() >= 400 && reply.status() < 500) {
            throw new NotFoundException();
        }
        if (!reply.ok()) {
            throw new ServiceUnavailableException("the events service answered " + reply.status());
        }
        return Response.ok(reply.body(), type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    @SuppressWarnings("unchecked")
    private Response renderList(String status, Map<String, Object> problem, int httpStatus) {
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        Map<String, Object> page = (Map<String, Object>) services.get("events", "/api/v1/registrations",
                chosen == null ? Map.of() : Map.of("status", List.of(chosen)));
        return pages.render(list.data("items", page.getOrDefault("items", List.of())).data("statuses", STATUSES)
                .data("status", chosen).data("problem", problem), httpStatus);
    }

    @SuppressWarnings("unchecked")
    private Response renderOne(String id, Map<String, Object> problem, String place, int httpStatus) {
        Map<String, Object> found = (Map<String, Object>) services.get("events", registrationPath(id), Map.of());
        String eventPath = "/api/v1/events/" + ServiceClient.encode(String.valueOf(found.get("eventId")));
        Map<String, Object> event = (Map<String, Object>) services.get("events", eventPath, Map.of());
        Object sessions = "confirmed".equals(found.get("status")) ? services.get("events", eventPath + "/sessions", Map.of())
                : List.of();
        return pages.render(registration.data("registration", found).data("event", event).data("sessions", sessions)
                .data("problem", problem).data("place", place), httpStatus);
    }

    private static String registrationPath(String id) {
        return "/api/v1/registrations/" + ServiceClient.encode(id);
    }
}
