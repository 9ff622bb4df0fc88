package org.iccsp.events.invitation.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.invitation.domain.Invitations;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;

@Path("/api/v1/events/{eventId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
public class InvitationResource {
    private final Invitations invitations;
    private final CurrentCaller caller;

    public InvitationResource(Invitations invitations, CurrentCaller caller) {
        this.invitations = invitations;
        this.caller = caller;
    }

    /** Invites one email address; the answer carries the token once (the invitee gets it by email). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvitationView.class)))
    public Response invite(@PathParam("eventId") UUID eventId, @Valid @NotNull InvitationRequest request,
            UriInfo uri) {
        Invitations.Issued issued = invitations.invite(eventId, request.command(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.invitation().id.toString()).build())
                .entity(InvitationView.of(issued.invitation(), issued.token())).build();
    }

    @GET
    public List<InvitationView> list(@PathParam("eventId") UUID eventId) {
        return invitations.ofEvent(eventId, caller.get()).stream().map(i -> InvitationView.of(i, null)).toList();
    }
}
