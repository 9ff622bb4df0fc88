package org.iccsp.directory.hsds.api;

import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iccsp.directory.hsds.domain.Hsds;
import org.iccsp.directory.hsds.domain.HsdsMapping;
import org.iccsp.directory.hsds.persistence.PublicDirectory;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.web.Freshness;
import org.iccsp.platform.web.ProblemException;

/**
 * The directory as an HSDS 3.0 API (docs/adr/0015): publicly listed, verified, active organisations and
 * their active projects as services, with only what the public may see, whoever asks. Pages are HSDS's
 * ({@code page} from 1, {@code per_page} 1–100, default 50; the {@code Page} envelope), ordered by id.
 */
@Path("/api/v1/hsds")
@Produces(MediaType.APPLICATION_JSON)
public class HsdsResource {
    private final PublicDirectory directory;

    public HsdsResource(PublicDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Path("organizations")
    @Transactional
    @Operation(operationId = "listHsdsOrganizations", summary = "Public organisations as HSDS 3.0 organizations (without services)")
    @APIResponse(responseCode = "200", description = "A page of organizations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsPages.Organizations.class)))
    public HsdsPages.Organizations organizations(@QueryParam("page") @DefaultValue("1") @Min(1) @Max(100000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(100) int perPage, @Context UriInfo uri) {
        Freshness.onlyParameters(uri, "page", "per_page");
        List<Hsds.Organization> contents = directory.organizations(page, perPage).stream()
                .map(o -> HsdsMapping.organization(o, null)).toList();
        return HsdsPages.Organizations.of(contents, directory.countOrganizations(), page, perPage);
    }

    @GET
    @Path("organizations/{id}")
    @Transactional
    @Operation(operationId = "getHsdsOrganization", summary = "One public organisation as an HSDS 3.0 organization, with its services")
    @APIResponse(responseCode = "200", description = "The organization",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Hsds.Organization.class)))
    @APIResponse(responseCode = "404", description = "No public organisation has this HSDS id")
    public Hsds.Organization organization(@PathParam("id") String id, @Context UriInfo uri) {
        Freshness.onlyParameters(uri);
        Organization o = uuid(id).flatMap(directory::organization)
                .orElseThrow(() -> ProblemException.notFound("organisation", id));
        return HsdsMapping.organization(o, directory.projectsOf(List.of(o.id)).get(o.id));
    }

    @GET
    @Path("services")
    @Transactional
    @Operation(operationId = "listHsdsServices", summary = "Active projects of public organisations as HSDS 3.0 services")
    @APIResponse(responseCode = "200", description = "A page of services",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsPages.Services.class)))
    public HsdsPages.Services services(@QueryParam("page") @DefaultValue("1") @Min(1) @Max(100000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(100) int perPage,
            @QueryParam("organization_id") String organizationId, @Context UriInfo uri) {
        Freshness.onlyParameters(uri, "page", "per_page", "organization_id");
        String owner = null;
        if (organizationId != null) {
            owner = uuid(organizationId).flatMap(directory::organization).map(o -> o.id).orElseThrow(() ->
                    ProblemException.invalid("organization_id", "no public organisation has this HSDS id"));
        }
        List<Project> projects = directory.services(owner, page, perPage);
        Map<String, Organization> owners = new java.util.HashMap<>();
        projects.forEach(p -> owners.computeIfAbsent(p.organizationId, id -> Organization.findById(id)));
        List<Hsds.Service> contents = projects.stream().map(p -> HsdsMapping.service(owners.get(p.organizationId), p)).toList();
        return HsdsPages.Services.of(contents, directory.countServices(owner), page, perPage);
    }

    @GET
    @Path("services/{id}")
    @Transactional
    @Operation(operationId = "getHsdsService", summary = "One active project of a public organisation as an HSDS 3.0 service")
    @APIResponse(responseCode = "200", description = "The service",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Hsds.Service.class)))
    @APIResponse(responseCode = "404", description = "No public service has this HSDS id")
    public Hsds.Service service(@PathParam("id") String id, @Context UriInfo uri) {
        Freshness.onlyParameters(uri);
        Project p = uuid(id).flatMap(directory::project).orElseThrow(() -> ProblemException.notFound("service", id));
        Organization o = Organization.findById(p.organizationId);
        if (o == null || !HsdsMapping.isPublic(o)) {
            throw ProblemException.notFound("service", id);
        }
        return HsdsMapping.service(o, p);
    }

    static Optional<UUID> uuid(String id) {
        try {
            return id != null && id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
