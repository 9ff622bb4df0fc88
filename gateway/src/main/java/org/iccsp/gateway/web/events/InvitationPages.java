package org.iccsp.gateway.web.events;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.ws.rs.core.GenericType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Claims;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.UpstreamProblems;

/**
 * The page an invitation e-mail links to ({@code /invitations/accept?token=…}, optionally
 * {@code &event=…}): after sign-in it shows the event and registers the invitee with the token. The
 * token alone does not name its event and the events-service has no look-up by token, so without
 * {@code event} the page offers the invitation-only events the person is invited to and has not
 * registered for (the service shows an invitee exactly those). The service checks the token: a link
 * used by someone else than its addressee (forwarded) is its 403, shown as such.
 */
@Path("/invitations/accept")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class InvitationPages {
    private final EventClient events;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Template accept;

    public InvitationPages(@RestClient EventClient events, Pages pages, SecurityIdentity identity,
            @Location("invitations/accept.html") Template accept) {
        this.events = events;
        this.pages = pages;
        this.identity = identity;
        this.accept = accept;
    }

    @GET
    public Response invitation(@QueryParam("token") String token, @QueryParam("event") String eventId) {
        if (token == null || token.isBlank()) {
            throw new NotFoundException();
        }
        List<Map<String, Object>> candidates = eventId == null || eventId.isBlank() ? invitedEvents()
                : List.of(eventOrPlaceholder(eventId));
        return render(accept.instance(), token, candidates, null, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> fields) {
        String token = RegistrationForm.text(fields, "token");
        String eventId = RegistrationForm.text(fields, "event");
        if (token == null || eventId == null) {
            throw new NotFoundException();
        }
        Map<String, Object> request = RegistrationForm.request(fields);
        request.put("invitationToken", token);
        try (Response reply = events.register(eventId, request)) {
            if (UpstreamProblems.ok(reply)) {
                return Registered.redirect(reply, eventOrPlaceholder(eventId).get("title"), pages.lang());
            }
            Map<String, Object> problem = Refusal.anchored(UpstreamProblems.problem("events", reply), RegistrationForm.IDS);
            return render(accept.data("refusedLink", reply.getStatus() == 403 || reply.getStatus() == 404), token,
                    List.of(eventOrPlaceholder(eventId)), fields, problem, reply.getStatus());
        }
    }

    private Response render(TemplateInstance page, String token, List<Map<String, Object>> candidates,
            MultivaluedMap<String, String> typed, Map<String, Object> problem, int status) {
        Map<String, Object> only = candidates.size() == 1 ? candidates.get(0) : null;
        TemplateInstance filled = RegistrationForm.fill(page, only, typed, identity.getPrincipal().getName());
        return pages.render(filled.data("token", token).data("candidates", candidates).data("problem", problem)
                .data("email", Claims.of(identity, "email").orElse(null)), status);
    }

    /**
     * The invitation-only events the person sees and is not registered for: for an invitee, the
     * events of their unexpired invitations (organisers see every event, so the list is longer).
     */
    private List<Map<String, Object>> invitedEvents() {
        List<Map<String, Object>> visible = events.events(null);
        Set<String> registered = registeredEventIds();
        return visible.stream()
                .filter(e -> "invitation-only".equals(e.get("visibility")) && !"cancelled".equals(e.get("status"))
                        && !registered.contains(String.valueOf(e.get("id"))))
                .toList();
    }

    /** The events the person already holds a live registration for (none known when the list fails). */
    private Set<String> registeredEventIds() {
        try (Response reply = events.registrationList(List.of("requested", "confirmed", "waitlisted", "offered"))) {
            Registrations page = UpstreamProblems.ok(reply) ? reply.readEntity(Registrations.class) : null;
            if (page == null || page.items() == null) {
                return Set.of();
            }
            return page.items().stream().map(item -> String.valueOf(item.eventId())).collect(Collectors.toSet());
        }
    }

    /** The event, or only its id when the person may not see it (a forwarded link): the service judges the token. */
    private Map<String, Object> eventOrPlaceholder(String eventId) {
        try (Response reply = events.eventReply(eventId)) {
            if (UpstreamProblems.ok(reply)) {
                return reply.readEntity(new GenericType<Map<String, Object>>() {
                });
            }
            if (reply.getStatus() >= 500) {
                throw new ServiceUnavailableException("the events service answered " + reply.getStatus());
            }
            return Map.of("id", eventId, "hidden", true);
        }
    }
}
