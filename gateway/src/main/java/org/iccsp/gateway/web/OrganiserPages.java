package org.iccsp.gateway.web;

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
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The organiser's desk for one event: registrations to decide on, the waitlist, and each session's
 * check-in list. The events-service decides who is an organiser (others get a "not allowed" page).
 */
@Path("/organiser/events/{id}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class OrganiserPages {
    private final ServiceClient services;
    private final Pages pages;
    private final Template desk;
    private final Template checkIn;

    public OrganiserPages(ServiceClient services, Pages pages, @Location("organiser/event.html") Template desk,
            @Location("organiser/check-in.html") Template checkIn) {
        this.services = services;
        this.pages = pages;
        this.desk = desk;
        this.checkIn = checkIn;
    }

    @GET
    public Response desk(@PathParam("id") String eventId) {
        return renderDesk(eventId, null, 200);
    }

    @POST
    @Path("registrations/{registrationId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String eventId, @PathParam("registrationId") String registrationId,
            @FormParam("decision") String decision) {
        ServiceClient.Reply reply = services.exchange("events", "POST",
                "/api/v1/registrations/" + ServiceClient.encode(registrationId) + "/decision",
                Map.of("decision", decision == null ? "" : decision));
        return reply.ok() ? Response.seeOther(URI.create(deskPath(eventId))).build()
                : renderDesk(eventId, problem(reply), reply.status());
    }

    @GET
    @Path("sessions/{sessionId}")
    @SuppressWarnings("unchecked")
    public Response checkInList(@PathParam("id") String eventId, @PathParam("sessionId") String sessionId) {
        Map<String, Object> event = (Map<String, Object>) services.get("events", eventPath(eventId), Map.of());
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) services.get("events",
                eventPath(eventId) + "/sessions", Map.of());
        Map<String, Object> session = sessions.stream().filter(s -> sessionId.equals(String.valueOf(s.get("id"))))
                .findFirst().orElseThrow(NotFoundException::new);
        Object participants = services.get("events", participantsPath(eventId, sessionId), Map.of());
        return pages.render(checkIn.data("event", event).data("session", session).data("participants", participants));
    }

    @POST
    @Path("sessions/{sessionId}/participants/{registrationId}/check-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("id") String eventId, @PathParam("sessionId") String sessionId,
            @PathParam("registrationId") String registrationId) {
        ServiceClient.Reply reply = services.exchange("events", "POST",
                participantsPath(eventId, sessionId) + "/" + ServiceClient.encode(registrationId) + "/check-in", null);
        problemIfFailed(reply);
        return Response.seeOther(URI.create(deskPath(eventId) + "/sessions/" + ServiceClient.encode(sessionId))).build();
    }

    @SuppressWarnings("unchecked")
    private Response renderDesk(String eventId, Map<String, Object> problem, int status) {
        Map<String, Object> event = (Map<String, Object>) services.get("events", eventPath(eventId), Map.of());
        Object registrations = services.get("events", eventPath(eventId) + "/registrations", Map.of());
        Object waitlist = services.get("events", eventPath(eventId) + "/waitlist", Map.of());
        Object sessions = services.get("events", eventPath(eventId) + "/sessions", Map.of());
        Response rendered = pages.render(desk.data("event", event).data("registrations", registrations)
                .data("waitlist", waitlist).data("sessions", sessions).data("problem", problem)
                .data("decisions", List.of("approve", "reject", "waitlist")));
        return Response.fromResponse(rendered).status(status).build();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(ServiceClient.Reply reply) {
        problemIfFailed(reply);
        return (Map<String, Object>) services.json("events", reply);
    }

    private static void problemIfFailed(ServiceClient.Reply reply) {
        if (reply.status() >= 500) {
            throw new ServiceUnavailableException("the events service answered " + reply.status());
        }
        if (reply.status() == 401 || reply.status() == 403) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
        if (reply.status() == 404) {
            throw new NotFoundException();
        }
    }

    private static String eventPath(String eventId) {
        return "/api/v1/events/" + ServiceClient.encode(eventId);
    }

    private static String participantsPath(String eventId, String sessionId) {
        return eventPath(eventId) + "/sessions/" + ServiceClient.encode(sessionId) + "/participants";
    }

    private static String deskPath(String eventId) {
        return "/organiser/events/" + ServiceClient.encode(eventId);
    }
}
