package org.iccsp.directory.project.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.iccsp.directory.project.domain.ProjectCatalogue;
import org.iccsp.directory.project.domain.ProjectDetails;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

/** The projects of one organisation. */
@Path("/api/v1/organizations/{id}/projects")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationProjectResource {
    private final ProjectCatalogue catalogue;
    private final ProjectViews views;
    private final CurrentCaller caller;

    public OrganizationProjectResource(ProjectCatalogue catalogue, ProjectViews views, CurrentCaller caller) {
        this.catalogue = catalogue;
        this.views = views;
        this.caller = caller;
    }

    /** The organisation's own CSO users or an admin add a project. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = @Header(name = "Location", description = "the URL of what was created", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    public Response create(@PathParam("id") String organizationId, @Valid @NotNull ProjectDetails request, UriInfo uri) {
        Caller who = caller.get();
        Project project = catalogue.create(organizationId, request, who);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/projects").path(project.id).build())
                .entity(views.of(project, who)).header("ETag", EntityTags.ofVersion(project.version)).build();
    }

    /** Projects the organisation runs, by title (to whoever may see the organisation). */
    @GET
    public RestResponse<List<ProjectView>> list(@PathParam("id") String organizationId,
            @QueryParam("cursor") @Size(max = 1000) String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit, @Context UriInfo uri) {
        Caller who = caller.get();
        Cursor after = Cursor.decode(cursor, "organization-projects", 2);
        List<Project> rows = catalogue.ofOrganization(who, organizationId, after == null ? null : after.part(0),
                after == null ? null : after.part(1), limit + 1);
        return ProjectViews.page(rows, p -> p, p -> Cursor.of("organization-projects",
                p.title, p.id), views, who, limit, uri);
    }
}
