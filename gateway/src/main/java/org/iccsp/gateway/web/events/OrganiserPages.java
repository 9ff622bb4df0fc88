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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.ServiceClient;

/**
 * The organiser's desk for one event: registrations to decide on, the waitlist, the timetable with a
 * form to add a session and each session's check-in list, invitations (with a form to invite by
 * e-mail) and cancelling the event. The events-service decides who is an organiser (others get a
 * "not allowed" page); its refusals are shown on the desk, naming the fields.
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

    /** What a form on the desk leaves behind: the refusal, what was typed, an invitation just made. */
    private record Outcome(Map<String, Object> problem, Map<String, Object> session, Map<String, Object> invited) {
        static final Outcome NONE = new Outcome(null, Map.of(), null);
    }

    @GET
    public Response desk(@PathParam("id") String eventId) {
        return renderDesk(eventId, Outcome.NONE, 200);
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
                : renderDesk(eventId, new Outcome(services.refusal("events", reply), Map.of(), null), reply.status());
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSession(@PathParam("id") String eventId, MultivaluedMap<String, String> fields) {
        ServiceClient.Reply reply = services.exchange("events", "POST", eventPath(eventId) + "/sessions",
                EventForms.session(fields));
        if (reply.ok()) {
            return Response.seeOther(URI.create(deskPath(eventId) + "#timetable-heading")).build();
        }
        Map<String, Object> problem = Refusal.anchored(services.refusal("events", reply), EventForms.SESSION_IDS, "session-");
        return renderDesk(eventId, new Outcome(problem, EventForms.typed(fields), null), reply.status());
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SuppressWarnings("unchecked")
    public Response invite(@PathParam("id") String eventId, @FormParam("email") String email,
            @Context UriInfo uri) {
        ServiceClient.Reply reply = services.exchange("events", "POST", eventPath(eventId) + "/invitations",
                Map.of("email", email == null ? "" : email.strip()));
        if (reply.ok()) { // the answer carries the token this once: shown so the link can be passed on by hand too
            Map<String, Object> invited = new LinkedHashMap<>((Map<String, Object>) services.json("events", reply));
            invited.put("link", uri.getBaseUriBuilder().path("invitations/accept")
                    .queryParam("token", String.valueOf(invited.get("token"))).queryParam("event", eventId).build());
            return renderDesk(eventId, new Outcome(null, Map.of(), invited), 200);
        }
        Map<String, Object> problem = Refusal.anchored(services.refusal("events", reply), Set.of("invite-email"),
                "invite-");
        return renderDesk(eventId, new Outcome(problem, Map.of(), null), reply.status());
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String eventId) {
        ServiceClient.Reply reply = services.exchange("events", "DELETE", eventPath(eventId), null);
        return reply.ok() ? Response.seeOther(URI.create(deskPath(eventId))).build()
                : renderDesk(eventId, new Outcome(services.refusal("events", reply), Map.of(), null), reply.status());
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
        if (!reply.ok()) {
            services.refusal("events", reply); // a failing service or a refusal: its error page
        }
        return Response.seeOther(URI.create(deskPath(eventId) + "/sessions/" + ServiceClient.encode(sessionId))).build();
    }

    @SuppressWarnings("unchecked")
    private Response renderDesk(String eventId, Outcome outcome, int status) {
        Map<String, Object> event = (Map<String, Object>) services.get("events", eventPath(eventId), Map.of());
        Object registrations = services.get("events", eventPath(eventId) + "/registrations", Map.of());
        Object waitlist = services.get("events", eventPath(eventId) + "/waitlist", Map.of());
        Object sessions = services.get("events", eventPath(eventId) + "/sessions", Map.of());
        Object invitations = services.get("events", eventPath(eventId) + "/invitations", Map.of());
        return pages.render(desk.data("event", event).data("registrations", registrations).data("waitlist", waitlist)
                .data("sessions", sessions).data("invitations", invitations).data("problem", outcome.problem())
                .data("session", outcome.session()).data("invited", outcome.invited())
                .data("sessionKinds", EventForms.SESSION_KINDS).data("audiences", EventForms.AUDIENCES)
                .data("decisions", List.of("approve", "reject", "waitlist")), status);
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
