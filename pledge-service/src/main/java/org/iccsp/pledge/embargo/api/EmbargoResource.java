package org.iccsp.pledge.embargo.api;

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
import org.iccsp.pledge.embargo.domain.EmbargoDesk;
import org.iccsp.pledge.embargo.persistence.Embargo;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;

@Path("/api/v1/embargoes")
@Produces(MediaType.APPLICATION_JSON)
public class EmbargoResource {
    private final EmbargoDesk desk;
    private final CurrentCaller caller;

    public EmbargoResource(EmbargoDesk desk, CurrentCaller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EmbargoView.class)))
    public Response create(@Valid @NotNull CreateEmbargo request, UriInfo uri) {
        Embargo e = desk.create(request.name(), request.releaseAt(), caller.get().subject());
        return Response.created(uri.getAbsolutePathBuilder().path(e.id).build()).entity(EmbargoView.of(e, 0L)).build();
    }

    /** Governments list embargoes to submit under one; only admins see how many pledges each seals. */
    @GET
    @RolesAllowed({Caller.GOVERNMENT, Caller.ORGANIZER, Caller.ADMIN})
    public List<EmbargoView> list() {
        boolean admin = caller.get().isAdmin();
        return desk.all().stream().map(e -> EmbargoView.of(e, admin ? EmbargoDesk.sealedPledges(e.id) : null)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Caller.GOVERNMENT, Caller.ORGANIZER, Caller.ADMIN})
    public EmbargoView get(@PathParam("id") String id) {
        Embargo e = desk.get(id);
        return EmbargoView.of(e, caller.get().isAdmin() ? EmbargoDesk.sealedPledges(e.id) : null);
    }

    /** Fires the embargo's trigger: every pledge sealed under it is announced at once. */
    @POST
    @Path("{id}/release")
    @RolesAllowed(Caller.ADMIN)
    public ReleaseView release(@PathParam("id") String id) {
        EmbargoDesk.Release release = desk.release(id, AuditActor.of(caller.get()));
        return new ReleaseView(EmbargoView.of(release.embargo(), 0L), release.announcedPledges());
    }
}
