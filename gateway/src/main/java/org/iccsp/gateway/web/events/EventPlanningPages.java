package org.iccsp.gateway.web.events;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Created;
import org.iccsp.gateway.web.common.Flash;
import org.iccsp.gateway.web.common.PageLinks;
import org.iccsp.gateway.web.common.Sentences;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.Refusal;
import org.iccsp.gateway.web.common.UpstreamProblems;

/**
 * The organisers' start: every event with a link to its desk, and the form to schedule a new one.
 * The events-service decides who organises (anyone else gets its 403 as a "not allowed" page).
 */
@Path("/organiser")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class EventPlanningPages {
    private final EventClient events;
    private final Pages pages;
    private final Template index;
    private final Template form;

    public EventPlanningPages(@RestClient EventClient events, Pages pages, @Location("organiser/index.html") Template index,
            @Location("organiser/new-event.html") Template form) {
        this.events = events;
        this.pages = pages;
        this.index = index;
        this.form = form;
    }

    @GET
    public Response events() {
        return pages.render(index.data("events", events.events(200)));
    }

    @GET
    @Path("new-event")
    public Response blank() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", "convening");
        values.put("visibility", "public");
        values.put("timeZone", "Europe/Rome");
        return renderForm(values, null, 200);
    }

    @POST
    @Path("new-event")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(MultivaluedMap<String, String> fields) {
        try (Response reply = events.schedule(EventForms.event(fields))) {
            if (UpstreamProblems.ok(reply)) {
                Created created = reply.readEntity(Created.class);
                return Response.seeOther(URI.create("/organiser/events/" + PageLinks.encode(String.valueOf(created.id()))))
                        .cookie(Flash.say(Sentences.say(Sentences.in(pages.lang()).eventScheduledSaid(), pages.lang(),
                                "title", EventForms.typed(fields).get("title")))).build();
            }
            return renderForm(EventForms.typed(fields),
                    Refusal.anchored(UpstreamProblems.refusal("events", reply), EventForms.EVENT_IDS), reply.getStatus());
        }
    }

    private Response renderForm(Map<String, Object> values, Map<String, Object> problem, int status) {
        return pages.render(form.data("values", values).data("kinds", EventForms.KINDS)
                .data("visibilities", EventForms.VISIBILITIES).data("events", events.eventsOrNone()).data("problem", problem), status);
    }
}
