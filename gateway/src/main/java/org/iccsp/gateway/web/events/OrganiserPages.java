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
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.directory.OrganisationNames;
import org.iccsp.gateway.web.common.PageLinks;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.UpstreamProblems;
import jakarta.ws.rs.core.GenericType;

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
    private final EventClient events;
    private final Pages pages;
    private final OrganisationNames organisations;
    private final Template desk;
    private final Template checkIn;

    public OrganiserPages(@RestClient EventClient events, Pages pages, @Location("organiser/event.html") Template desk,
            @Location("organiser/check-in.html") Template checkIn, OrganisationNames organisations) {
        this.organisations = organisations;
        this.events = events;
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
        return backToDesk(eventId, () -> events.decide(registrationId, Map.of("decision", decision == null ? "" : decision)));
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSession(@PathParam("id") String eventId, MultivaluedMap<String, String> fields) {
        try (Response reply = events.addSession(eventId, EventForms.session(fields))) {
            if (UpstreamProblems.ok(reply)) {
                return Response.seeOther(URI.create(deskPath(eventId) + "#timetable-heading")).build();
            }
            Map<String, Object> problem = Refusal.anchored(UpstreamProblems.refusal("events", reply), EventForms.SESSION_IDS,
                    "session-");
            return renderDesk(eventId, new Outcome(problem, EventForms.typed(fields), null), reply.getStatus());
        }
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") String eventId, @FormParam("email") String email,
            @Context UriInfo uri) {
        try (Response reply = events.invite(eventId, Map.of("email", email == null ? "" : email.strip()))) {
            if (UpstreamProblems.ok(reply)) { // the answer carries the token this once: shown so the link can be passed on by hand too
                Map<String, Object> invited = new LinkedHashMap<>(reply.readEntity(new GenericType<Map<String, Object>>() {
                }));
                invited.put("link", uri.getBaseUriBuilder().path("invitations/accept")
                        .queryParam("token", String.valueOf(invited.get("token"))).queryParam("event", eventId).build());
                return renderDesk(eventId, new Outcome(null, Map.of(), invited), 200);
            }
            Map<String, Object> problem = Refusal.anchored(UpstreamProblems.refusal("events", reply), Set.of("invite-email"),
                    "invite-");
            return renderDesk(eventId, new Outcome(problem, Map.of(), null), reply.getStatus());
        }
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String eventId) {
        return backToDesk(eventId, () -> events.cancelEvent(eventId));
    }

    @GET
    @Path("sessions/{sessionId}")
    public Response checkInList(@PathParam("id") String eventId, @PathParam("sessionId") String sessionId) {
        Map<String, Object> event = events.event(eventId);
        List<Map<String, Object>> sessions = events.sessions(eventId);
        Map<String, Object> session = sessions.stream().filter(s -> sessionId.equals(String.valueOf(s.get("id"))))
                .findFirst().orElseThrow(NotFoundException::new);
        Object participants = events.participants(eventId, sessionId);
        return pages.render(checkIn.data("event", event).data("session", session).data("participants", participants)
                .data("organisations", organisations.namesIn(participants, pages.lang())));
    }

    @POST
    @Path("sessions/{sessionId}/participants/{registrationId}/check-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("id") String eventId, @PathParam("sessionId") String sessionId,
            @PathParam("registrationId") String registrationId) {
        try (Response reply = events.checkIn(eventId, sessionId, registrationId)) {
            if (!UpstreamProblems.ok(reply)) {
                UpstreamProblems.refusal("events", reply); // a failing service or a refusal: its error page
            }
        }
        return Response.seeOther(URI.create(deskPath(eventId) + "/sessions/" + PageLinks.encode(sessionId))).build();
    }

    /** A desk form's post: back to the desk, or the desk with the service's refusal. */
    private Response backToDesk(String eventId, Supplier<Response> call) {
        try (Response reply = call.get()) {
            return UpstreamProblems.ok(reply) ? Response.seeOther(URI.create(deskPath(eventId))).build()
                    : renderDesk(eventId, new Outcome(UpstreamProblems.refusal("events", reply), Map.of(), null),
                            reply.getStatus());
        }
    }

    private Response renderDesk(String eventId, Outcome outcome, int status) {
        Map<String, Object> event = events.event(eventId);
        Object registrations = events.eventRegistrations(eventId);
        Object waitlist = events.waitlist(eventId);
        Object sessions = events.sessions(eventId);
        Object invitations = events.invitations(eventId);
        return pages.render(desk.data("event", event).data("registrations", registrations).data("waitlist", waitlist)
                .data("organisations", organisations.namesIn(registrations, pages.lang()))
                .data("sessions", sessions).data("invitations", invitations).data("problem", outcome.problem())
                .data("session", outcome.session()).data("invited", outcome.invited())
                .data("sessionKinds", EventForms.SESSION_KINDS).data("audiences", EventForms.AUDIENCES)
                .data("decisions", List.of("approve", "reject", "waitlist")), status);
    }

    private static String deskPath(String eventId) {
        return "/organiser/events/" + PageLinks.encode(eventId);
    }
}
