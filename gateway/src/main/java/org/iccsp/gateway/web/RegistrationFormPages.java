package org.iccsp.gateway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registration form of an event (CSRF-protected by quarkus-rest-csrf): sent to the events-service
 * as the signed-in person; its refusal is shown on the form, naming the fields.
 */
@Path("/events/{id}/register")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class RegistrationFormPages {
    private final ServiceClient services;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Template form;

    public RegistrationFormPages(ServiceClient services, Pages pages, SecurityIdentity identity,
            @Location("events/register.html") Template form) {
        this.services = services;
        this.pages = pages;
        this.identity = identity;
        this.form = form;
    }

    @GET
    public Response form(@PathParam("id") String eventId) {
        return renderForm(event(eventId), identity.getPrincipal().getName(), null, List.of(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SuppressWarnings("unchecked")
    public Response register(@PathParam("id") String eventId, @FormParam("name") String name,
            @FormParam("representationGroup") String representationGroup) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", name == null ? null : name.strip());
        if (representationGroup != null && !representationGroup.isBlank()) {
            request.put("representationGroup", representationGroup);
        }
        ServiceClient.Reply reply = services.exchange("events", "POST",
                "/api/v1/events/" + ServiceClient.encode(eventId) + "/registrations", request);
        if (reply.ok()) {
            Map<String, Object> created = (Map<String, Object>) services.json("events", reply);
            return Response.seeOther(URI.create("/my/registrations/" + ServiceClient.encode(String.valueOf(created.get("id")))))
                    .build();
        }
        if (reply.status() >= 500) {
            throw new ServiceUnavailableException("the events service answered " + reply.status());
        }
        Map<String, Object> problem = (Map<String, Object>) services.json("events", reply);
        return renderForm(event(eventId), name, problem, representationGroup == null ? List.of() : List.of(representationGroup),
                reply.status());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> event(String eventId) {
        return (Map<String, Object>) services.get("events", "/api/v1/events/" + ServiceClient.encode(eventId), Map.of());
    }

    @SuppressWarnings("unchecked")
    private Response renderForm(Map<String, Object> event, String name, Map<String, Object> problem,
            List<String> chosenGroup, int status) {
        Map<String, Object> parity = (Map<String, Object>) event.get("parity");
        List<Object> groups = parity == null ? List.of() : (List<Object>) parity.getOrDefault("groups", List.of());
        Response page = pages.render(form.data("event", event).data("name", name).data("groups", groups)
                .data("chosenGroup", chosenGroup.isEmpty() ? "" : chosenGroup.get(0))
                .data("problem", problem).data("errors", problem == null ? List.of() : problem.getOrDefault("errors", List.of())));
        return Response.fromResponse(page).status(status).build();
    }
}
