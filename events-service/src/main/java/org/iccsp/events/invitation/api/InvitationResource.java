package org.iccsp.events.invitation.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.iccsp.events.invitation.domain.Invitations;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

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
                .header("ETag", tag(issued.invitation()))
                .entity(InvitationView.of(issued.invitation(), issued.token())).build();
    }

    /** The event's invitations with their status, oldest first, a page at a time (no tokens). */
    @GET
    public RestResponse<List<InvitationView>> list(@PathParam("eventId") UUID eventId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor, UriInfo uri) {
        Cursor after = Cursor.decode(cursor, Invitations.LIST, 2);
        return Pages.of(invitations.ofEvent(eventId, limit, after, caller.get()), limit, Invitations::cursorOf,
                i -> InvitationView.of(i, null), uri);
    }

    /** One invitation with its status (no token); its ETag is the one revoke and resend check. */
    @GET
    @Path("{invitationId}")
    public RestResponse<InvitationView> get(@PathParam("eventId") UUID eventId,
            @PathParam("invitationId") UUID invitationId) {
        Invitation invitation = invitations.get(eventId, invitationId, caller.get());
        return EntityTags.ok(InvitationView.of(invitation, null), tag(invitation));
    }

    /** Revokes an issued invitation: its token stops working. {@code If-Match} optional. */
    @POST
    @Path("{invitationId}/revoke")
    public RestResponse<InvitationView> revoke(@PathParam("eventId") UUID eventId,
            @PathParam("invitationId") UUID invitationId, @HeaderParam("If-Match") String ifMatch) {
        Invitation revoked = invitations.revoke(eventId, invitationId,
                i -> EntityTags.checkIfMatch(ifMatch, tag(i), false), caller.get());
        return EntityTags.ok(InvitationView.of(revoked, null), tag(revoked));
    }

    /**
     * Sends an issued invitation again with a new token (answered once; the old one stops working). {@code If-Match}
     * is required: two organisers resending from the same stale list would each kill the other's link.
     */
    @POST
    @Path("{invitationId}/resend")
    @APIResponse(responseCode = "200", description = "Sent again: the invitation with its new token (once)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "412", description = "Precondition failed: If-Match names a version that is no longer current")
    @APIResponse(responseCode = "428", description = "Precondition required: send If-Match with the ETag you read")
    public RestResponse<InvitationView> resend(@PathParam("eventId") UUID eventId,
            @PathParam("invitationId") UUID invitationId, @HeaderParam("If-Match") String ifMatch) {
        Invitations.Issued issued = invitations.resend(eventId, invitationId,
                i -> EntityTags.checkIfMatch(ifMatch, tag(i), true), caller.get());
        return EntityTags.ok(InvitationView.of(issued.invitation(), issued.token()), tag(issued.invitation()));
    }

    /** The invitee declines with the token from the e-mail; no account needed. 204. */
    @POST
    @Path("decline")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "Declined")
    public Response decline(@PathParam("eventId") UUID eventId, @Valid @NotNull DeclineRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        Invitation declined = invitations.decline(eventId, request.token(),
                i -> EntityTags.checkIfMatch(ifMatch, tag(i), false));
        return Response.noContent().header("ETag", tag(declined)).build();
    }

    private static String tag(Invitation invitation) {
        return EntityTags.ofVersion(invitation.version);
    }
}
