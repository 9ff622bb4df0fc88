package org.iccsp.gateway.web.events;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Flash;
import org.iccsp.gateway.web.common.PageLinks;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.UpstreamProblems;
import org.iccsp.gateway.web.i18n.DeskStateMessages;

/**
 * The organiser's desk, what issue 18 added: rejecting a registration (a page that says who and what will
 * happen, then the rejection and a message), and the check-in desk of the event: the confirmed participants
 * with a search by name or organisation, how many of those expected are checked in, check-in and its undo,
 * and a form for a person who arrives unregistered (registered and checked in at once). Times are the
 * venue's. The events-service decides who organises (anyone else gets a "not allowed" page).
 */
@Path("/organiser/events/{id}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class DeskPages {
    /** Participants per page of the check-in desk. */
    static final int PAGE = 50;
    private static final Set<String> WALK_IN_IDS = Set.of("walk-in-name", "walk-in-email", "walk-in-affiliation",
            "walk-in-representationGroup");

    private final EventClient events;
    private final DeskClient desk;
    private final Pages pages;
    private final Template reject;
    private final Template checkInDesk;

    public DeskPages(@RestClient EventClient events, @RestClient DeskClient desk, Pages pages,
            @Location("organiser/reject.html") Template reject, @Location("organiser/check-in-desk.html") Template checkInDesk) {
        this.events = events;
        this.desk = desk;
        this.pages = pages;
        this.reject = reject;
        this.checkInDesk = checkInDesk;
    }

    /** What rejecting this registration will do, before it is done. */
    @GET
    @Path("registrations/{registrationId}/reject")
    public Response confirmReject(@PathParam("id") String eventId, @PathParam("registrationId") String registrationId) {
        requireOrganiser(eventId);
        Map<String, Object> event = events.event(eventId);
        Map<String, Object> registration = registrationOf(eventId, registrationId);
        return pages.render(reject.data("event", event).data("registration", registration).data("problem", null));
    }

    @POST
    @Path("registrations/{registrationId}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String eventId, @PathParam("registrationId") String registrationId) {
        requireOrganiser(eventId);
        Map<String, Object> registration = registrationOf(eventId, registrationId);
        try (Response reply = events.decide(registrationId, Map.of("decision", "reject"))) {
            if (UpstreamProblems.ok(reply)) {
                return Response.seeOther(URI.create(deskPath(eventId) + "#registrations-heading"))
                        .cookie(Flash.say(messages().rejected(nameOf(registration)))).build();
            }
            Map<String, Object> problem = UpstreamProblems.refusal("events", reply); // e.g. 409: it ended meanwhile
            return pages.render(reject.data("event", events.event(eventId)).data("registration", registration)
                    .data("problem", problem), reply.getStatus());
        }
    }

    /** The check-in desk: counts, the search, the confirmed participants a page at a time, the walk-in form. */
    @GET
    @Path("check-in")
    public Response checkInDesk(@PathParam("id") String eventId, @QueryParam("q") String q,
            @QueryParam("cursor") String cursor) {
        return renderCheckInDesk(eventId, q, cursor, null, Map.of(), 200);
    }

    @POST
    @Path("check-in/{registrationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("id") String eventId, @PathParam("registrationId") String registrationId,
            @FormParam("q") String q) {
        return atDesk(eventId, q, registrationId, () -> desk.checkIn(registrationId), messages()::checkedInDone);
    }

    @POST
    @Path("check-in/{registrationId}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undoCheckIn(@PathParam("id") String eventId, @PathParam("registrationId") String registrationId,
            @FormParam("q") String q) {
        return atDesk(eventId, q, registrationId, () -> desk.undoCheckIn(registrationId), messages()::checkInUndone);
    }

    /** A person who arrives unregistered: registered and checked in at once; a refusal shown on the desk's form. */
    @POST
    @Path("walk-ins")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response walkIn(@PathParam("id") String eventId, @FormParam("name") String name,
            @FormParam("email") String email, @FormParam("affiliation") String affiliation,
            @FormParam("representationGroup") String group) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name == null ? "" : name.strip());
        putIfGiven(body, "email", email);
        putIfGiven(body, "affiliation", affiliation);
        putIfGiven(body, "representationGroup", group);
        try (Response reply = desk.walkIn(eventId, body)) {
            if (UpstreamProblems.ok(reply)) {
                Map<String, Object> created = reply.readEntity(new GenericType<Map<String, Object>>() {
                });
                return Response.seeOther(URI.create(checkInPath(eventId, created.get("name") == null ? null
                                : String.valueOf(created.get("name"))) + "#reg-" + PageLinks.encode(String.valueOf(created.get("id")))))
                        .cookie(Flash.say(messages().walkedIn(nameOf(created)))).build();
            }
            Map<String, Object> problem = Refusal.anchored(UpstreamProblems.refusal("events", reply), WALK_IN_IDS, "walk-in-");
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("name", name);
            typed.put("email", email);
            typed.put("affiliation", affiliation);
            typed.put("representationGroup", group);
            return renderCheckInDesk(eventId, null, null, problem, typed, reply.getStatus());
        }
    }

    /** A check-in or its undo, then back to the desk's same search, with a message naming the person. */
    private Response atDesk(String eventId, String q, String registrationId, Supplier<Response> call,
            Function<String, String> said) {
        requireOrganiser(eventId);
        registrationOf(eventId, registrationId);
        try (Response reply = call.get()) {
            if (UpstreamProblems.ok(reply)) {
                Map<String, Object> changed = reply.readEntity(new GenericType<Map<String, Object>>() {
                });
                return Response.seeOther(URI.create(checkInPath(eventId, q) + "#reg-" + PageLinks.encode(registrationId)))
                        .cookie(Flash.say(said.apply(nameOf(changed)))).build();
            }
            // 409: checked in (or undone) meanwhile by another organiser, or no longer confirmed: said on the desk
            return renderCheckInDesk(eventId, q, null, UpstreamProblems.refusal("events", reply), Map.of(), reply.getStatus());
        }
    }

    private Response renderCheckInDesk(String eventId, String q, String cursor, Map<String, Object> problem,
            Map<String, Object> typed, int status) {
        Map<String, Object> event = events.event(eventId);
        String query = q == null || q.isBlank() ? null : q.strip();
        Paged page = Paged.read(desk.registrations(eventId, PAGE, blankToNull(cursor), query, List.of("confirmed")));
        Map<String, Object> attendance;
        try (Response reply = desk.attendance(eventId)) {
            if (!UpstreamProblems.ok(reply)) {
                throw UpstreamProblems.toException("events", reply, null);
            }
            attendance = reply.readEntity(new GenericType<Map<String, Object>>() {
            });
        }
        String nextHref = page.next() == null ? null : "/organiser/events/" + PageLinks.encode(eventId) + "/check-in"
                + PageLinks.queryString(query == null ? Map.of("cursor", List.of(page.next()))
                        : Map.of("q", List.of(query), "cursor", List.of(page.next())));
        return pages.render(checkInDesk.data("event", event).data("participants", page.items()).data("q", query)
                .data("attendance", attendance).data("nextHref", nextHref).data("paged", cursor != null && !cursor.isBlank()).data("firstHref", checkInPath(eventId, query))
                .data("problem", problem).data("typed", typed), status);
    }

    /**
     * Only the event's organisers go further (the service's own rule, read from the attendance only they may
     * read): anyone else gets the "not allowed" page, as the API's 403, before a registration is looked up.
     */
    private void requireOrganiser(String eventId) {
        try (Response reply = desk.attendance(eventId)) {
            if (!UpstreamProblems.ok(reply)) {
                throw UpstreamProblems.toException("events", reply, null);
            }
        }
    }

    /** The registration, which must be of this event (else the address names nothing). */
    private Map<String, Object> registrationOf(String eventId, String registrationId) {
        try (Response reply = desk.registration(registrationId)) {
            if (!UpstreamProblems.ok(reply)) {
                if (reply.getStatus() == 400) {
                    throw new NotFoundException(); // an id the service refuses names nothing
                }
                throw UpstreamProblems.toException("events", reply, null);
            }
            Map<String, Object> found = reply.readEntity(new GenericType<Map<String, Object>>() {
            });
            if (!eventId.equals(String.valueOf(found.get("eventId")))) {
                throw new NotFoundException();
            }
            return found;
        }
    }

    private DeskStateMessages messages() {
        return MessageBundles.get(DeskStateMessages.class, Localized.Literal.of(pages.lang()));
    }

    private static String nameOf(Map<String, Object> registration) {
        Object name = registration.get("name");
        return name == null ? "" : name.toString();
    }

    private static void putIfGiven(Map<String, Object> body, String key, String value) {
        if (value != null && !value.isBlank()) {
            body.put(key, value.strip());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String deskPath(String eventId) {
        return "/organiser/events/" + PageLinks.encode(eventId);
    }

    private static String checkInPath(String eventId, String q) {
        return deskPath(eventId) + "/check-in" + (q == null || q.isBlank() ? "" : "?q=" + PageLinks.encode(q.strip()));
    }
}
