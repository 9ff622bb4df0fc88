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
 * The events-service calls that show state the pages did not show before (issue 18): the lists a page
 * reads page by page (each answer's {@code Link: <…>; rel="next"}, read by {@link Paged}), the reader's
 * own registration for one event and its session places, and the organiser's check-in desk (search,
 * counts, check-in and its undo, walk-ins). Same upstream and headers as {@link EventClient}; every call
 * returns the {@link Response}, so the page decides what a refusal means.
 */
@RegisterRestClient(configKey = "events")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DeskClient {

    /** One page of an event's registrations: {@code q} searches names and organisations, {@code status} narrows. */
    @GET
    @Path("events/{id}/registrations")
    Response registrations(@PathParam("id") String eventId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("q") String q, @QueryParam("status") List<String> status);

    @GET
    @Path("events/{id}/waitlist")
    Response waitlist(@PathParam("id") String eventId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("events/{id}/invitations")
    Response invitations(@PathParam("id") String eventId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("events/{id}/sessions")
    Response sessions(@PathParam("id") String eventId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("events/{id}/sessions/{sessionId}/participants")
    Response participants(@PathParam("id") String eventId, @PathParam("sessionId") String sessionId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    /** Confirmed people expected and checked in. */
    @GET
    @Path("events/{id}/attendance")
    Response attendance(@PathParam("id") String eventId);

    /** The reader's own registrations for one event (any status), oldest first. */
    @GET
    @Path("registrations")
    Response mineFor(@QueryParam("eventId") String eventId, @QueryParam("limit") Integer limit);

    /** The session places a registration holds. */
    @GET
    @Path("registrations/{id}/places")
    Response places(@PathParam("id") String registrationId);

    @GET
    @Path("registrations/{id}")
    Response registration(@PathParam("id") String registrationId);

    @POST
    @Path("registrations/{id}/check-in")
    Response checkIn(@PathParam("id") String registrationId);

    @DELETE
    @Path("registrations/{id}/check-in")
    Response undoCheckIn(@PathParam("id") String registrationId);

    /** Registers and checks in a person who arrives unregistered. */
    @POST
    @Path("events/{id}/walk-ins")
    Response walkIn(@PathParam("id") String eventId, Map<String, Object> walkIn);

    @ClientExceptionMapper
    static RuntimeException toException(Response response, Method call) {
        return UpstreamProblems.toException("events", response, call);
    }
}
