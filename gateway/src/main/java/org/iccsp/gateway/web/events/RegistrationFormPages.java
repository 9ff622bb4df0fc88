package org.iccsp.gateway.web.events;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.UpstreamProblems;

/**
 * The registration form of an event (CSRF-protected by quarkus-rest-csrf): sent to the events-service
 * as the signed-in person; its refusal is shown on the form, naming the fields.
 */
@Path("/events/{id}/register")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class RegistrationFormPages {
    private final EventClient events;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Template form;

    public RegistrationFormPages(@RestClient EventClient events, Pages pages, SecurityIdentity identity,
            @Location("events/register.html") Template form) {
        this.events = events;
        this.pages = pages;
        this.identity = identity;
        this.form = form;
    }

    @GET
    public Response form(@PathParam("id") String eventId) {
        return pages.render(RegistrationForm.fill(form.instance(), event(eventId), null, identity.getPrincipal().getName()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@PathParam("id") String eventId, MultivaluedMap<String, String> fields) {
        try (Response reply = events.register(eventId, RegistrationForm.request(fields))) {
            if (UpstreamProblems.ok(reply)) {
                return Registered.redirect(reply, event(eventId).get("title"), pages.lang());
            }
            if (reply.getStatus() == 404) {
                throw new NotFoundException();
            }
            // a 403 is shown on the form too: its detail says why (by invitation only, organisation not verified)
            Map<String, Object> problem = Refusal.anchored(UpstreamProblems.problem("events", reply), RegistrationForm.IDS);
            return pages.render(RegistrationForm.fill(form.data("problem", problem), event(eventId), fields, null),
                    reply.getStatus());
        }
    }

    private Map<String, Object> event(String eventId) {
        return events.event(eventId);
    }
}
