package org.iccsp.gateway.web.events;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.iccsp.gateway.web.common.ForwardedHeaders;
import org.iccsp.gateway.web.common.UpstreamProblems;

/**
 * The events-service calls the event, registration, invitation and organiser pages make, as the
 * signed-in person (or anonymously). A call that returns a body turns a refusal into its error page
 * ({@link UpstreamProblems#toException}); a call that returns the {@link Response} (a form's post, a
 * download, a look-up whose refusal the page words itself) leaves the answer to the page. Its base URL
 * is the proxy's upstream ({@code iccsp.upstream.events}); a null query parameter is not sent. Events,
 * sessions and registrations come back as the service shows them (the templates read them whole).
 */
@RegisterRestClient(configKey = "events")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EventClient {

    @GET
    @Path("events")
    List<Map<String, Object>> events(@QueryParam("limit") Integer limit);

    /** The events, whatever the answer. */
    @GET
    @Path("events")
    Response eventList();

    /** The events the reader may see, or none when the service refuses (a form then offers none to choose). */
    default List<Map<String, Object>> eventsOrNone() {
        try (Response reply = eventList()) {
            return UpstreamProblems.ok(reply) ? reply.readEntity(new GenericType<List<Map<String, Object>>>() {
            }) : List.of();
        }
    }

    @GET
    @Path("events/{id}")
    Map<String, Object> event(@PathParam("id") String id);

    /** One event, whatever the answer (a page that shows only its id when the reader may not see it). */
    @GET
    @Path("events/{id}")
    Response eventReply(@PathParam("id") String id);

    @POST
    @Path("events")
    Response schedule(Map<String, Object> event);

    @DELETE
    @Path("events/{id}")
    Response cancelEvent(@PathParam("id") String id);

    @GET
    @Path("events/{id}/sessions")
    List<Map<String, Object>> sessions(@PathParam("id") String eventId);

    @POST
    @Path("events/{id}/sessions")
    Response addSession(@PathParam("id") String eventId, Map<String, Object> session);

    @GET
    @Path("events/{id}/registrations")
    List<Map<String, Object>> eventRegistrations(@PathParam("id") String eventId);

    @GET
    @Path("events/{id}/waitlist")
    List<Map<String, Object>> waitlist(@PathParam("id") String eventId);

    @GET
    @Path("events/{id}/invitations")
    List<Map<String, Object>> invitations(@PathParam("id") String eventId);

    /** Invites by e-mail; the 201 body carries the invitation's token, this once. */
    @POST
    @Path("events/{id}/invitations")
    Response invite(@PathParam("id") String eventId, Map<String, Object> invitation);

    @POST
    @Path("events/{id}/registrations")
    Response register(@PathParam("id") String eventId, Map<String, Object> registration);

    @GET
    @Path("events/{id}/sessions/{sessionId}/participants")
    List<Map<String, Object>> participants(@PathParam("id") String eventId, @PathParam("sessionId") String sessionId);

    /** Takes a place in a session for the caller's registration. */
    @POST
    @Path("events/{id}/sessions/{sessionId}/participants")
    Response join(@PathParam("id") String eventId, @PathParam("sessionId") String sessionId);

    /** Gives up a registration's place in a session. */
    @DELETE
    @Path("events/{id}/sessions/{sessionId}/participants/{registrationId}")
    Response leave(@PathParam("id") String eventId, @PathParam("sessionId") String sessionId,
            @PathParam("registrationId") String registrationId);

    @POST
    @Path("events/{id}/sessions/{sessionId}/participants/{registrationId}/check-in")
    Response checkIn(@PathParam("id") String eventId, @PathParam("sessionId") String sessionId,
            @PathParam("registrationId") String registrationId);

    /** An event's working groups the caller may see, whatever the answer (for the pledge form's target picker). */
    @GET
    @Path("working-groups")
    Response workingGroups(@QueryParam("eventId") String eventId, @QueryParam("limit") Integer limit);

    /** The caller's registrations, one page (the statuses asked for, or all). */
    @GET
    @Path("registrations")
    Map<String, Object> registrations(@QueryParam("status") List<String> statuses);

    /** The caller's registrations, whatever the answer (none known when they cannot be read). */
    @GET
    @Path("registrations")
    Response registrationList(@QueryParam("status") List<String> statuses);

    @GET
    @Path("registrations/{id}")
    Map<String, Object> registration(@PathParam("id") String id);

    @DELETE
    @Path("registrations/{id}")
    Response cancelRegistration(@PathParam("id") String id);

    @POST
    @Path("registrations/{id}/acceptance")
    Response accept(@PathParam("id") String id);

    @POST
    @Path("registrations/{id}/decision")
    Response decide(@PathParam("id") String id, Map<String, Object> decision);

    /** The calendar invitation of a confirmed registration (text/calendar). */
    @GET
    @Path("registrations/{id}/invite.ics")
    @Produces("text/calendar")
    Response calendar(@PathParam("id") String id);

    /** The visa letter of a confirmed registration (application/pdf). */
    @GET
    @Path("registrations/{id}/letter.pdf")
    @Produces("application/pdf")
    Response letter(@PathParam("id") String id);

    @ClientExceptionMapper
    static RuntimeException toException(Response response, Method call) {
        return UpstreamProblems.toException("events", response, call);
    }
}
