package org.iccsp.events.registration.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iccsp.events.registration.domain.CheckInDesk;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.registration.domain.RegistrationStatus;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
public class EventRegistrationResource {
    private final Registrar registrar;
    private final CheckInDesk desk;
    private final CurrentCaller caller;

    public EventRegistrationResource(Registrar registrar, CheckInDesk desk, CurrentCaller caller) {
        this.registrar = registrar;
        this.desk = desk;
        this.caller = caller;
    }

    /** 201 with the registration: confirmed, waitlisted, or requested (awaiting an organiser). */
    @POST
    @Path("registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationView.class)))
    public Response register(@PathParam("eventId") UUID eventId, @Valid @NotNull RegistrationRequest request) {
        RegistrationView created = RegistrationView.of(registrar.register(eventId, request.command(), caller.get()));
        return Response.created(UriBuilder.fromPath("/api/v1/registrations/{id}").build(created.id()))
                .entity(created).build();
    }

    /**
     * The event's registrations, oldest first, a page at a time; {@code q} narrows them to a name, a walk-in's
     * organisation, an organisation's legal name, a government code or a delegation member's name containing it
     * (case-insensitive), {@code status} (repeatable) to those statuses.
     */
    @GET
    @Path("registrations")
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public RestResponse<List<RegistrationView>> registrations(@PathParam("eventId") UUID eventId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor, @QueryParam("q") @Size(max = CheckInDesk.MAX_QUERY) String q,
            @QueryParam("status") List<String> status, UriInfo uri) {
        Cursor after = Cursor.decode(cursor, Registrar.EVENT_REGISTRATIONS, 2);
        Set<RegistrationStatus> statuses = MyRegistrationsResource.statuses(status);
        List<Registration> rows = (q == null || q.isBlank()) && statuses.isEmpty()
                ? registrar.ofEvent(eventId, limit, after, caller.get())
                : desk.search(eventId, q, statuses, limit, after, caller.get());
        return Pages.of(rows, limit, Registrar::cursorOf, RegistrationView::of, uri);
    }

    /**
     * A person who arrives unregistered: registered and checked in at once (201 with the registration,
     * confirmed); 409 when the event is cancelled, over or full.
     */
    @POST
    @Path("walk-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    @Operation(operationId = "registerWalkIn", summary = "Register and check in a person who arrives unregistered (organisers, admins)")
    @APIResponse(responseCode = "201", description = "Created; Location names the registration",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationView.class)))
    public Response walkIn(@PathParam("eventId") UUID eventId, @Valid @NotNull WalkInRequest request) {
        RegistrationView created = RegistrationView.of(desk.walkIn(eventId, request.command(), caller.get()));
        return Response.created(UriBuilder.fromPath("/api/v1/registrations/{id}").build(created.id()))
                .entity(created).build();
    }

    /** Confirmed participants expected and checked in, in people (a delegation counts its places) and registrations. */
    @GET
    @Path("attendance")
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    @Operation(operationId = "eventAttendance", summary = "Checked in and expected at the venue (organisers, admins)")
    public CheckInDesk.Attendance attendance(@PathParam("eventId") UUID eventId) {
        return desk.attendance(eventId, caller.get());
    }

    /** The waitlist in FIFO order, head first, a page at a time. */
    @GET
    @Path("waitlist")
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public RestResponse<List<RegistrationView>> waitlist(@PathParam("eventId") UUID eventId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor, UriInfo uri) {
        Cursor after = Cursor.decode(cursor, Registrar.WAITLIST, 1);
        return Pages.of(registrar.waitlistOf(eventId, limit, after, caller.get()), limit, Registrar::waitlistCursorOf,
                RegistrationView::of, uri);
    }
}
