package org.iccsp.directory.organization.api;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.iccsp.directory.organization.domain.OrganizationRegistry;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {
    private final OrganizationRegistry registry;
    private final CurrentCaller caller;

    public OrganizationResource(OrganizationRegistry registry, CurrentCaller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    /** A CSO user registers its own organisation (pending); an admin adds one already verified. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    public Response register(@Valid @NotNull RegisterOrganization request, UriInfo uri) {
        OrganizationView created = OrganizationView.of(registry.register(request, caller.get()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public OrganizationView get(@PathParam("id") String id) {
        return OrganizationView.of(registry.visibleTo(caller.get(), id));
    }

    /** Verified organisations, newest first (full search comes with the directory issue). */
    @GET
    public List<OrganizationView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return registry.verified(limit).stream().map(OrganizationView::of).toList();
    }
}
