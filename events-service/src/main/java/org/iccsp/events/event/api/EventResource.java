package org.iccsp.events.event.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.event.domain.EventAccess;
import org.iccsp.events.event.domain.EventFilter;
import org.iccsp.events.event.domain.EventPlaces;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.SessionUse;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.event.persistence.EventSession;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    private final EventPlanner planner;
    private final EventAccess access;
    private final CurrentCaller caller;
    private final SessionUse sessionUse;
    private final EventPlaces places;

    public EventResource(EventPlanner planner, EventAccess access, CurrentCaller caller, SessionUse sessionUse,
            EventPlaces places) {
        this.planner = planner;
        this.access = access;
        this.caller = caller;
        this.sessionUse = sessionUse;
        this.places = places;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventView.class)))
    public Response schedule(@Valid @NotNull EventRequest request, UriInfo uri) {
        EventView created = view(planner.schedule(request.command(), caller.get()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    /** The events the caller may see, soonest first; the search parameters only narrow that list. */
    @GET
    public RestResponse<List<EventView>> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @Parameter(description = "the cursor of the next page, from the Link header") @QueryParam("cursor") String cursor,
            @Parameter(description = "text in the title, description or venue (case-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "ISO date: events that end on or after this day (UTC)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "ISO date: events that start on or before this day (UTC)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "the event's kind", schema = @Schema(type = SchemaType.STRING, enumeration = {"convening", "intergovernmental-meeting", "summit", "working-session"})) @QueryParam("kind") String kind,
            @Parameter(description = "the event's status", schema = @Schema(type = SchemaType.STRING, enumeration = {"scheduled", "cancelled"})) @QueryParam("status") String status,
            UriInfo uri) {
        EventFilter filter = EventFilter.parse(q, from, to, kind, status);
        Cursor after = Cursor.decode(cursor, EventAccess.LIST, 2);
        return Pages.of(access.visibleEvents(caller.get(), filter, limit, after), limit, EventAccess::cursorOf,
                this::view, uri);
    }

    /** The event; its ETag is the version PUT and DELETE check in If-Match. */
    @GET
    @Path("{id}")
    public RestResponse<EventView> get(@PathParam("id") UUID id) {
        Event event = access.visible(caller.get(), id);
        return EntityTags.ok(view(event), tag(event));
    }

    /** Replaces the event's details; {@code If-Match} optional (412 when it is not the current ETag). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public RestResponse<EventView> change(@PathParam("id") UUID id, @Valid @NotNull EventRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        Event changed = planner.change(id, request.command(),
                current -> EntityTags.checkIfMatch(ifMatch, tag(current), false), caller.get());
        return EntityTags.ok(view(changed), tag(changed));
    }

    /** Cancels the event (it stays readable, with status "cancelled"); {@code If-Match} optional. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public RestResponse<EventView> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Event cancelled = planner.cancel(id, current -> EntityTags.checkIfMatch(ifMatch, tag(current), false),
                caller.get());
        return EntityTags.ok(view(cancelled), tag(cancelled));
    }

    /** The timetable, a page at a time (start, title, id). */
    @GET
    @Path("{id}/sessions")
    public RestResponse<List<SessionView>> sessions(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @Parameter(description = "the cursor of the next page, from the Link header") @QueryParam("cursor") String cursor,
            UriInfo uri) {
        Event event = access.visible(caller.get(), id);
        Cursor after = Cursor.decode(cursor, EventPlanner.SESSIONS, 3);
        return Pages.of(planner.sessions(id, limit, after, caller.get()), limit, EventPlanner::cursorOf,
                s -> view(s, event), uri);
    }

    /** One session; its ETag is the version PUT and DELETE check in If-Match. */
    @GET
    @Path("{id}/sessions/{sessionId}")
    public RestResponse<SessionView> session(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        EventSession session = planner.session(id, sessionId, caller.get());
        return EntityTags.ok(view(session, Event.findById(id)), tag(session));
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionView.class)))
    public Response addSession(@PathParam("id") UUID id, @Valid @NotNull SessionRequest request, UriInfo uri) {
        Event event = access.visible(caller.get(), id);
        SessionView created = view(planner.addSession(id, request.command(), caller.get()), event);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public RestResponse<SessionView> changeSession(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull SessionRequest request, @HeaderParam("If-Match") String ifMatch) {
        EventSession changed = planner.changeSession(id, sessionId, request.command(),
                current -> EntityTags.checkIfMatch(ifMatch, tag(current), false), caller.get());
        return EntityTags.ok(view(changed, Event.findById(id)), tag(changed));
    }

    /** Cancels the session (it stays in the timetable, status "cancelled"). */
    @DELETE
    @Path("{id}/sessions/{sessionId}")
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public RestResponse<SessionView> cancelSession(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") String ifMatch) {
        EventSession cancelled = planner.cancelSession(id, sessionId,
                current -> EntityTags.checkIfMatch(ifMatch, tag(current), false), caller.get());
        return EntityTags.ok(view(cancelled, Event.findById(id)), tag(cancelled));
    }

    private static String tag(Event event) {
        return EntityTags.ofVersion(event.version);
    }

    private static String tag(EventSession session) {
        return EntityTags.ofVersion(session.version);
    }

    /** Organisers see the places held per group of a session's parity rule. */
    private SessionView view(EventSession session, Event event) {
        ParityView parity = session.parityRule().map(rule -> ParityView.of(rule,
                EventAccess.isOrganiser(caller.get()) ? sessionUse.placesHeldByGroup(session.id) : null)).orElse(null);
        return SessionView.of(session, event.zone(), sessionUse.placesHeld(session.id), parity);
    }

    private EventView view(Event event) {
        Caller who = caller.get();
        ParityView parity = event.parityRule().map(rule -> ParityView.of(rule,
                EventAccess.isOrganiser(who) ? places.placesHeldByGroup(event) : null)).orElse(null);
        return EventView.of(event, places.placesHeld(event), planner.fedBy(event, who), parity);
    }
}
