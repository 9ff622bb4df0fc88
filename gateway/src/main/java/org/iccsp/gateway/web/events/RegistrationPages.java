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
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Flash;
import org.iccsp.gateway.web.directory.OrganisationNames;
import org.iccsp.gateway.web.common.PageLinks;
import org.iccsp.gateway.web.common.Sentences;
import jakarta.ws.rs.core.GenericType;
import java.util.Set;
import java.util.stream.Collectors;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.UpstreamProblems;

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

    private final EventClient events;
    private final Pages pages;
    private final Template list;
    private final Template registration;
    private final Template cancelling;
    private final Template leaving;
    private final OrganisationNames organisations;

    private final DeskClient desk;

    public RegistrationPages(@RestClient EventClient events, @RestClient DeskClient desk, Pages pages,
            @Location("events/my-registrations.html") Template list, @Location("events/registration.html") Template registration,
            @Location("events/confirm-cancel.html") Template cancelling, @Location("events/confirm-leave.html") Template leaving,
            OrganisationNames organisations) {
        this.organisations = organisations;
        this.events = events;
        this.desk = desk;
        this.pages = pages;
        this.list = list;
        this.registration = registration;
        this.cancelling = cancelling;
        this.leaving = leaving;
    }

    @GET
    public Response mine(@QueryParam("status") String status) {
        return renderList(status, null, 200);
    }

    @GET
    @Path("{id}")
    public Response registration(@PathParam("id") String id) {
        return renderOne(id, null, 200);
    }

    @POST
    @Path("{id}/sessions/{sessionId}/join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@PathParam("id") String id, @PathParam("sessionId") String sessionId) {
        return place(id, sessionId, eventId -> events.join(eventId, sessionId), true);
    }

    /** Check your answers before giving up a place: the session, its time, and what giving it up means. */
    @GET
    @Path("{id}/sessions/{sessionId}/leave")
    public Response confirmLeave(@PathParam("id") String id, @PathParam("sessionId") String sessionId) {
        Map<String, Object> found = events.registration(id);
        String eventId = String.valueOf(found.get("eventId"));
        Map<String, Object> session = sessionsOf(eventId).stream().filter(s -> sessionId.equals(String.valueOf(s.get("id"))))
                .findFirst().orElseThrow(NotFoundException::new);
        return pages.render(leaving.data("registration", found).data("event", events.event(eventId)).data("session", session));
    }

    @POST
    @Path("{id}/sessions/{sessionId}/leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@PathParam("id") String id, @PathParam("sessionId") String sessionId) {
        return place(id, sessionId, eventId -> events.leave(eventId, sessionId, id), false);
    }

    /** Check your answers before cancelling: the event, its time and venue, the status, what cancelling means. */
    @GET
    @Path("{id}/cancel")
    public Response confirmCancel(@PathParam("id") String id, @QueryParam("returnTo") String returnTo) {
        Map<String, Object> found = events.registration(id);
        Map<String, Object> event = events.event(String.valueOf(found.get("eventId")));
        return pages.render(cancelling.data("registration", found).data("event", event)
                .data("returnTo", "list".equals(returnTo) ? "list" : "registration"));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, @FormParam("returnTo") String returnTo) {
        return act(id, () -> events.cancelRegistration(id), returnTo, false);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") String id, @FormParam("returnTo") String returnTo) {
        return act(id, () -> events.accept(id), returnTo, true);
    }

    @GET
    @Path("{id}/invite.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") String id) {
        return download(() -> events.calendar(id), "text/calendar;charset=UTF-8", "iccsp-registration.ics");
    }

    @GET
    @Path("{id}/letter.pdf")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") String id) {
        return download(() -> events.letter(id), "application/pdf", "iccsp-invitation-letter.pdf");
    }

    /**
     * Takes or gives up a place in a session of the registration's event, then back to the registration with a
     * message naming the session; any refusal is shown on its page.
     */
    private Response place(String id, String sessionId, Function<String, Response> call, boolean taken) {
        Map<String, Object> found = events.registration(id);
        String eventId = String.valueOf(found.get("eventId"));
        try (Response reply = call.apply(eventId)) {
            if (UpstreamProblems.ok(reply)) {
                Object title = sessionsOf(eventId).stream().filter(s -> sessionId.equals(String.valueOf(s.get("id"))))
                        .map(s -> s.get("title")).findFirst().orElse("");
                var m = Sentences.in(pages.lang());
                return Response.seeOther(URI.create("/my/registrations/" + PageLinks.encode(id) + "#sessions-heading"))
                        .cookie(Flash.say(Sentences.say(taken ? m.placeTakenSaid() : m.placeGivenUpSaid(), pages.lang(),
                                "session", title))).build();
            }
            // a session for another audience (403) or no place to give up (404) is said on the page
            return renderOne(id, UpstreamProblems.problem("events", reply), reply.getStatus());
        }
    }

    /** Cancels or accepts, then back to the page the form was on; a refusal is shown on that page. */
    private Response act(String id, Supplier<Response> call, String returnTo, boolean accepting) {
        try (Response reply = call.get()) {
            boolean toList = "list".equals(returnTo);
            if (UpstreamProblems.ok(reply)) {
                Map<String, Object> found = events.registration(id);
                Object title = events.event(String.valueOf(found.get("eventId"))).get("title");
                var m = Sentences.in(pages.lang());
                return Response.seeOther(URI.create(toList ? "/my/registrations" : "/my/registrations/" + PageLinks.encode(id)))
                        .cookie(Flash.say(Sentences.say(accepting ? m.acceptedSaid() : m.cancelledSaid(), pages.lang(),
                                "event", title))).build();
            }
            Map<String, Object> problem = UpstreamProblems.refusal("events", reply);
            return toList ? renderList(null, problem, reply.getStatus()) : renderOne(id, problem, reply.getStatus());
        }
    }

    private Response download(Supplier<Response> call, String type, String filename) {
        try (Response reply = call.get()) {
            // 400: an address whose id the service refuses names nothing (as /events/not-a-uuid); 403/404: not
            // the reader's; 409: not confirmed (any more), so there is nothing to download. Only a failing service is a 503.
            if (reply.getStatus() >= 400 && reply.getStatus() < 500) {
                throw new NotFoundException();
            }
            if (!UpstreamProblems.ok(reply)) {
                throw new ServiceUnavailableException("the events service answered " + reply.getStatus());
            }
            return Response.ok(reply.readEntity(byte[].class), type)
                    .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
        }
    }

    private Response renderList(String status, Map<String, Object> problem, int httpStatus) {
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        Map<String, Object> page = events.registrations(chosen == null ? null : List.of(chosen));
        return pages.render(list.data("items", page.getOrDefault("items", List.of())).data("statuses", STATUSES)
                .data("status", chosen).data("problem", problem), httpStatus);
    }

    private List<Map<String, Object>> sessionsOf(String eventId) {
        return Paged.all(cursor -> desk.sessions(eventId, Paged.MAX_LIMIT, cursor));
    }

    /**
     * Each session with the one action that applies to this registration ({@code action}): "leave" where it
     * has a place, else "cancelled" for a cancelled session, "full" when the session has fewer places left
     * than the registration needs, "join" otherwise.
     */
    private List<Map<String, Object>> withActions(List<Map<String, Object>> sessions, String registrationId,
            Map<String, Object> registration) {
        Set<String> held;
        try (Response reply = desk.places(registrationId)) {
            held = UpstreamProblems.ok(reply) ? reply.readEntity(new GenericType<List<Map<String, Object>>>() {
            }).stream().map(p -> String.valueOf(p.get("sessionId"))).collect(Collectors.toSet()) : Set.of();
        }
        int needed = registration.get("places") instanceof Number n ? n.intValue() : 1;
        for (Map<String, Object> s : sessions) {
            String action;
            if (held.contains(String.valueOf(s.get("id")))) {
                action = "leave";
            } else if ("cancelled".equals(s.get("status"))) {
                action = "cancelled";
            } else if (s.get("placesLeft") instanceof Number left && left.intValue() < needed) {
                action = "full";
            } else {
                action = "join";
            }
            s.put("action", action);
        }
        return sessions;
    }

    private Response renderOne(String id, Map<String, Object> problem, int httpStatus) {
        Map<String, Object> found = events.registration(id);
        String eventId = String.valueOf(found.get("eventId"));
        Map<String, Object> event = events.event(eventId);
        found.putIfAbsent("eventTimeZone", event.get("timeZone")); // times on the page are the venue's
        Object sessions = "confirmed".equals(found.get("status")) ? withActions(sessionsOf(eventId), id, found) : List.of();
        return pages.render(registration.data("registration", found).data("event", event).data("sessions", sessions)
                .data("organisation", organisations.name(found.get("organizationId"), pages.lang()))
                .data("problem", problem), httpStatus);
    }
}
