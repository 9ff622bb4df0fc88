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
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
public class EventRegistrationResource {
    private final Registrar registrar;
    private final CurrentCaller caller;

    public EventRegistrationResource(Registrar registrar, CurrentCaller caller) {
        this.registrar = registrar;
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

    /** The event's registrations, oldest first, a page at a time. */
    @GET
    @Path("registrations")
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public RestResponse<List<RegistrationView>> registrations(@PathParam("eventId") UUID eventId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor, UriInfo uri) {
        Cursor after = Cursor.decode(cursor, Registrar.EVENT_REGISTRATIONS, 2);
        return Pages.of(registrar.ofEvent(eventId, limit, after, caller.get()), limit, Registrar::cursorOf,
                RegistrationView::of, uri);
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
