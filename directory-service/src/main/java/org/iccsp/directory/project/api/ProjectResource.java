package org.iccsp.directory.project.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.List;
import org.iccsp.directory.organization.domain.Audience;
import org.iccsp.directory.organization.domain.Sector;
import org.iccsp.directory.organization.domain.Territory;
import org.iccsp.directory.project.domain.ProjectCatalogue;
import org.iccsp.directory.project.domain.ProjectStatus;
import org.iccsp.directory.project.persistence.ProjectSearch;
import org.iccsp.platform.web.Caller;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;
import org.iccsp.platform.web.ProblemException;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {
    private final ProjectCatalogue catalogue;
    private final ProjectViews views;
    private final ProjectSearch search;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public ProjectResource(ProjectCatalogue catalogue, ProjectViews views, ProjectSearch search, CurrentCaller caller,
            ObjectMapper json) {
        this.catalogue = catalogue;
        this.views = views;
        this.search = search;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Path("{id}")
    public RestResponse<ProjectView> get(@PathParam("id") String id) {
        Caller who = caller.get();
        return tagged(catalogue.visibleTo(who, id), who);
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @APIResponse(responseCode = "200", description = "The resource as it now is; ETag names its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
    public RestResponse<ProjectView> edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull String patch) throws JsonProcessingException {
        Caller who = caller.get();
        return tagged(catalogue.edit(id, json.readTree(patch), ifMatch, who), who);
    }

    /** The organisation's own users or an admin take the project out of every listing (reversible). */
    @POST
    @Path("{id}/deactivation")
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @Operation(operationId = "deactivateProject", summary = "Deactivate a project (its organisation, admins)")
    @APIResponse(responseCode = "200", description = "The resource as it now is; ETag names its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
    public RestResponse<ProjectView> deactivate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        Caller who = caller.get();
        return tagged(catalogue.deactivate(id, ifMatch, who), who);
    }

    @DELETE
    @Path("{id}/deactivation")
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    @Operation(operationId = "reactivateProject", summary = "Reactivate a deactivated project")
    @APIResponse(responseCode = "200", description = "The resource as it now is; ETag names its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current")
    public RestResponse<ProjectView> reactivate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        Caller who = caller.get();
        return tagged(catalogue.reactivate(id, ifMatch, who), who);
    }

    private RestResponse<ProjectView> tagged(Project project, Caller who) {
        return EntityTags.ok(views.of(project, who), EntityTags.ofVersion(project.version));
    }

    /** Projects of organisations the caller may see, by title; organization= includes partnerships. */
    @GET
    public RestResponse<List<ProjectView>> search(@QueryParam("q") @Size(max = 200) String q, @QueryParam("sector") String sector,
            @QueryParam("country") String country, @QueryParam("organization") @Size(max = 100) String organization,
            @QueryParam("cross_border") Boolean crossBorder, @QueryParam("status") String status,
            @QueryParam("cursor") @Size(max = 1000) String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Pages.MAX_LIMIT) int limit, @Context UriInfo uri) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && !text.matches(".*[\\p{L}\\p{N}].*")) {
            throw ProblemException.invalid("q", "must contain a letter or a digit");
        }
        if (sector != null) {
            check("sector", () -> Sector.fromCode(sector));
        }
        if (status != null) {
            check("status", () -> ProjectStatus.fromCode(status));
        }
        if (country != null && !Territory.isValid(country)) {
            throw ProblemException.invalid("country", "unknown ISO 3166 country or territory " + country);
        }
        Cursor after = Cursor.decode(cursor, "projects", 2);
        Caller who = caller.get();
        List<ProjectSearch.Hit> hits = search.search(new ProjectSearch.Criteria(text, sector, country, organization,
                crossBorder, status), Audience.ofReader(who), after == null ? null : after.part(0),
                after == null ? null : after.part(1), limit + 1);
        return ProjectViews.page(hits, ProjectSearch.Hit::project, h -> Cursor.of("projects", h.sortTitle(), h.project().id),
                views, who, limit, uri);
    }

    private static void check(String field, Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }
}
