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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.QueryParam;
import org.iccsp.gateway.web.common.Flash;
import org.iccsp.gateway.web.directory.OrganisationNames;
import org.iccsp.gateway.web.common.PageLinks;
import org.iccsp.gateway.web.i18n.DeskStateMessages;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.UpstreamProblems;
import jakarta.ws.rs.core.GenericType;

/**
 * The organiser's desk for one event: registrations to decide on (a page at a time, with each delegation's
 * people and whether they are checked in; rejecting goes through {@link DeskPages}' confirmation), the
 * waitlist, the timetable with a
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

    private final DeskClient lists;

    public OrganiserPages(@RestClient EventClient events, @RestClient DeskClient lists, Pages pages,
            @Location("organiser/event.html") Template desk, @Location("organiser/check-in.html") Template checkIn,
            OrganisationNames organisations) {
        this.organisations = organisations;
        this.events = events;
        this.lists = lists;
        this.pages = pages;
        this.desk = desk;
        this.checkIn = checkIn;
    }

    /** What a form on the desk leaves behind: the refusal, what was typed, an invitation just made. */
    private record Outcome(Map<String, Object> problem, Map<String, Object> session, Map<String, Object> invited) {
        static final Outcome NONE = new Outcome(null, Map.of(), null);
    }

    /** The desk; {@code cursor}: the page of registrations after the first (the desk's own "next" link). */
    @GET
    public Response desk(@PathParam("id") String eventId, @QueryParam("cursor") String cursor) {
        return renderDesk(eventId, cursor == null || cursor.isBlank() ? null : cursor, Outcome.NONE, 200);
    }

    @POST
    @Path("registrations/{registrationId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String eventId, @PathParam("registrationId") String registrationId,
            @FormParam("decision") String decision) {
        if ("reject".equals(decision)) { // irreversible: first the page that says what it will do
            return Response.seeOther(URI.create(deskPath(eventId) + "/registrations/" + PageLinks.encode(registrationId)
                    + "/reject")).build();
        }
        try (Response reply = events.decide(registrationId, Map.of("decision", decision == null ? "" : decision))) {
            if (UpstreamProblems.ok(reply)) {
                Map<String, Object> decided = reply.readEntity(new GenericType<Map<String, Object>>() {
                });
                String name = String.valueOf(decided.getOrDefault("name", ""));
                DeskStateMessages m = messages();
                return Response.seeOther(URI.create(deskPath(eventId) + "#registrations-heading"))
                        .cookie(Flash.say("waitlist".equals(decision) ? m.waitlisted(name) : m.approved(name))).build();
            }
            return renderDesk(eventId, null, new Outcome(UpstreamProblems.refusal("events", reply), Map.of(), null),
                    reply.getStatus());
        }
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSession(@PathParam("id") String eventId, MultivaluedMap<String, String> fields) {
        Map<String, Object> session = EventForms.session(fields);
        try (Response reply = events.addSession(eventId, session)) {
            if (UpstreamProblems.ok(reply)) {
                return Response.seeOther(URI.create(deskPath(eventId) + "#timetable-heading")).cookie(org.iccsp.gateway.web.common.Flash.say(
                        org.iccsp.gateway.web.common.Sentences.say(org.iccsp.gateway.web.common.Sentences.in(pages.lang()).sessionAddedSaid(),
                                pages.lang(), "title", session.get("title")))).build();
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
        List<Map<String, Object>> sessions = Paged.all(cursor -> lists.sessions(eventId, Paged.MAX_LIMIT, cursor));
        Map<String, Object> session = sessions.stream().filter(s -> sessionId.equals(String.valueOf(s.get("id"))))
                .findFirst().orElseThrow(NotFoundException::new);
        Object participants = Paged.all(cursor -> lists.participants(eventId, sessionId, Paged.MAX_LIMIT, cursor));
        return pages.render(checkIn.data("event", event).data("session", session).data("participants", participants)
                .data("organisations", organisations.namesIn(participants, pages.lang())));
    }

    @POST
    @Path("sessions/{sessionId}/participants/{registrationId}/check-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("id") String eventId, @PathParam("sessionId") String sessionId,
            @PathParam("registrationId") String registrationId) {
        String name;
        try (Response reply = events.checkIn(eventId, sessionId, registrationId)) {
            if (!UpstreamProblems.ok(reply)) {
                UpstreamProblems.refusal("events", reply); // a failing service or a refusal: its error page
            }
            name = String.valueOf(reply.readEntity(new GenericType<Map<String, Object>>() {
            }).getOrDefault("name", ""));
        }
        return Response.seeOther(URI.create(deskPath(eventId) + "/sessions/" + PageLinks.encode(sessionId)))
                .cookie(Flash.say(messages().checkedInDone(name))).build();
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
        return renderDesk(eventId, null, outcome, status);
    }

    /**
     * The desk: the registrations a page at a time ({@link #REGISTRATIONS_PAGE}, the desk's own next link
     * following the service's), the waitlist, timetable and invitations whole (every page the service gives).
     */
    private Response renderDesk(String eventId, String cursor, Outcome outcome, int status) {
        Map<String, Object> event = events.event(eventId);
        Paged registrations = Paged.read(lists.registrations(eventId, REGISTRATIONS_PAGE, cursor, null, null));
        Object waitlist = Paged.all(next -> lists.waitlist(eventId, Paged.MAX_LIMIT, next));
        Object sessions = Paged.all(next -> lists.sessions(eventId, Paged.MAX_LIMIT, next));
        Object invitations = Paged.all(next -> lists.invitations(eventId, Paged.MAX_LIMIT, next));
        String nextHref = registrations.next() == null ? null
                : deskPath(eventId) + "?cursor=" + PageLinks.encode(registrations.next()) + "#registrations-heading";
        return pages.render(desk.data("event", event).data("registrations", registrations.items())
                .data("organisations", organisations.namesIn(registrations.items(), pages.lang()))
                .data("nextRegistrations", nextHref).data("registrationsPaged", cursor != null).data("waitlist", waitlist)
                .data("sessions", sessions).data("invitations", invitations).data("problem", outcome.problem())
                .data("session", outcome.session()).data("invited", outcome.invited())
                .data("sessionKinds", EventForms.SESSION_KINDS).data("audiences", EventForms.AUDIENCES)
                .data("decisions", List.of("approve", "waitlist")), status);
    }

    /** Registrations per page of the desk. */
    static final int REGISTRATIONS_PAGE = 100;

    private DeskStateMessages messages() {
        return MessageBundles.get(DeskStateMessages.class, Localized.Literal.of(pages.lang()));
    }

    private static String deskPath(String eventId) {
        return "/organiser/events/" + PageLinks.encode(eventId);
    }
}
