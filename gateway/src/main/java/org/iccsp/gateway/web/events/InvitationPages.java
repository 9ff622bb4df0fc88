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
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iccsp.gateway.web.common.Claims;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.ServiceClient;

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
    private final ServiceClient services;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Template accept;

    public InvitationPages(ServiceClient services, Pages pages, SecurityIdentity identity,
            @Location("invitations/accept.html") Template accept) {
        this.services = services;
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
    @SuppressWarnings("unchecked")
    public Response register(MultivaluedMap<String, String> fields) {
        String token = RegistrationForm.text(fields, "token");
        String eventId = RegistrationForm.text(fields, "event");
        if (token == null || eventId == null) {
            throw new NotFoundException();
        }
        Map<String, Object> request = RegistrationForm.request(fields);
        request.put("invitationToken", token);
        ServiceClient.Reply reply = services.exchange("events", "POST",
                "/api/v1/events/" + ServiceClient.encode(eventId) + "/registrations", request);
        if (reply.ok()) {
            Map<String, Object> created = (Map<String, Object>) services.json("events", reply);
            return Response.seeOther(URI.create("/my/registrations/" + ServiceClient.encode(String.valueOf(created.get("id")))))
                    .build();
        }
        Map<String, Object> problem = Refusal.anchored(services.problem("events", reply), RegistrationForm.IDS);
        return render(accept.data("refusedLink", reply.status() == 403 || reply.status() == 404), token,
                List.of(eventOrPlaceholder(eventId)), fields, problem, reply.status());
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
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> invitedEvents() {
        List<Map<String, Object>> visible = (List<Map<String, Object>>) services.get("events", "/api/v1/events", Map.of());
        Set<String> registered = registeredEventIds();
        return visible.stream()
                .filter(e -> "invitation-only".equals(e.get("visibility")) && !"cancelled".equals(e.get("status"))
                        && !registered.contains(String.valueOf(e.get("id"))))
                .toList();
    }

    /** The events the person already holds a live registration for (none known when the list fails). */
    @SuppressWarnings("unchecked")
    private Set<String> registeredEventIds() {
        ServiceClient.Reply reply = services.exchange("events", "GET",
                "/api/v1/registrations?status=requested&status=confirmed&status=waitlisted&status=offered", null);
        if (!reply.ok() || !(services.json("events", reply) instanceof Map<?, ?> page)
                || !(page.get("items") instanceof List<?> items)) {
            return Set.of();
        }
        return items.stream().map(item -> String.valueOf(((Map<String, Object>) item).get("eventId")))
                .collect(Collectors.toSet());
    }

    /** The event, or only its id when the person may not see it (a forwarded link): the service judges the token. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> eventOrPlaceholder(String eventId) {
        ServiceClient.Reply reply = services.exchange("events", "GET", "/api/v1/events/" + ServiceClient.encode(eventId), null);
        if (reply.ok()) {
            return (Map<String, Object>) services.json("events", reply);
        }
        if (reply.status() >= 500) {
            throw new ServiceUnavailableException("the events service answered " + reply.status());
        }
        return Map.of("id", eventId, "hidden", true);
    }
}
