package org.iccsp.events.workinggroup.api;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.iccsp.events.workinggroup.domain.WorkingGroups;
import org.iccsp.events.workinggroup.persistence.WorkingGroup;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/working-groups")
@Produces(MediaType.APPLICATION_JSON)
public class WorkingGroupResource {
    private final WorkingGroups groups;
    private final CurrentCaller caller;

    public WorkingGroupResource(WorkingGroups groups, CurrentCaller caller) {
        this.groups = groups;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WorkingGroupView.class)))
    public Response create(@Valid @NotNull WorkingGroupRequests.Create request, UriInfo uri) {
        WorkingGroupView created = view(groups.create(request.command(), caller.get()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    /** The working groups of an event the caller can see, by name, a page at a time. */
    @GET
    public RestResponse<List<WorkingGroupView>> ofEvent(@QueryParam("eventId") @NotNull UUID eventId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor, UriInfo uri) {
        Cursor after = Cursor.decode(cursor, WorkingGroups.LIST, 2);
        return Pages.of(groups.ofEvent(eventId, limit, after, caller.get()), limit, WorkingGroups::cursorOf,
                this::view, uri);
    }

    @GET
    @Path("{id}")
    public WorkingGroupView get(@PathParam("id") UUID id) {
        return view(groups.visible(id, caller.get()));
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public WorkingGroupView addMember(@PathParam("id") UUID id, @Valid @NotNull WorkingGroupRequests.Member member) {
        groups.addMember(id, member.registrationId(), caller.get());
        return view(groups.visible(id, caller.get()));
    }

    @DELETE
    @Path("{id}/members/{registrationId}")
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public WorkingGroupView removeMember(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId) {
        groups.removeMember(id, registrationId, caller.get());
        return view(groups.visible(id, caller.get()));
    }

    @PUT
    @Path("{id}/chair")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    public WorkingGroupView chair(@PathParam("id") UUID id, @Valid @NotNull WorkingGroupRequests.Member chair) {
        return view(groups.chair(id, chair.registrationId(), caller.get()));
    }

    /** Attaches a document (e.g. shared principles); by the group's chair or an organiser. */
    @POST
    @Path("{id}/outputs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WorkingGroupView.OutputView.class)))
    public Response addOutput(@PathParam("id") UUID id, @Valid @NotNull WorkingGroupRequests.Output output) {
        WorkingGroupView.OutputView added = WorkingGroupView.OutputView.of(groups.addOutput(id, output.command(), caller.get()));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    private WorkingGroupView view(WorkingGroup group) {
        return WorkingGroupView.of(group, groups.members(group), groups.outputs(group));
    }
}
