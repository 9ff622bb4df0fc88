package org.iccsp.events.session.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.session.domain.SessionPlaces;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

/** Places in a session, and the participant list with check-in for organisers at the venue. */
@Path("/api/v1/events/{eventId}/sessions/{sessionId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SessionParticipantResource {
    private final SessionPlaces places;
    private final CurrentCaller caller;

    public SessionParticipantResource(SessionPlaces places, CurrentCaller caller) {
        this.places = places;
        this.caller = caller;
    }

    /**
     * The caller (a confirmed registrant of the event) takes a place in the session: 409 when it is full,
     * 422 when it would break the session's parity rule. {@code representationGroup}: the group the
     * caller counts in, for a balanced session when their registration names none yet (it then keeps it).
     */
    @POST
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionPlaces.Participant.class)))
    public Response join(@PathParam("eventId") UUID eventId, @PathParam("sessionId") UUID sessionId,
            @QueryParam("representationGroup") @Size(max = 40) String representationGroup) {
        return Response.status(Response.Status.CREATED)
                .entity(places.join(eventId, sessionId, representationGroup, caller.get())).build();
    }

    @GET
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public RestResponse<List<SessionPlaces.Participant>> list(@PathParam("eventId") UUID eventId,
            @PathParam("sessionId") UUID sessionId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor, UriInfo uri) {
        Cursor after = Cursor.decode(cursor, SessionPlaces.PARTICIPANTS, 2);
        return Pages.of(places.participantsFor(eventId, sessionId, limit, after, caller.get()), limit,
                SessionPlaces::cursorOf, p -> p, uri);
    }

    @DELETE
    @Path("{registrationId}")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response leave(@PathParam("eventId") UUID eventId, @PathParam("sessionId") UUID sessionId,
            @PathParam("registrationId") UUID registrationId) {
        places.leave(eventId, sessionId, registrationId, caller.get());
        return Response.noContent().build();
    }

    @POST
    @Path("{registrationId}/check-in")
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public SessionPlaces.Participant checkIn(@PathParam("eventId") UUID eventId,
            @PathParam("sessionId") UUID sessionId, @PathParam("registrationId") UUID registrationId) {
        return places.checkIn(eventId, sessionId, registrationId, caller.get());
    }
}
