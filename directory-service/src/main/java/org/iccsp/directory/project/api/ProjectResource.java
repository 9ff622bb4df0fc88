package org.iccsp.directory.project.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.iccsp.directory.organization.domain.Audience;
import org.iccsp.directory.organization.domain.Sector;
import org.iccsp.directory.organization.domain.Territory;
import org.iccsp.directory.project.domain.ProjectCatalogue;
import org.iccsp.directory.project.domain.ProjectStatus;
import org.iccsp.directory.project.persistence.ProjectSearch;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
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
    public ProjectView get(@PathParam("id") String id) {
        Caller who = caller.get();
        return views.of(catalogue.visibleTo(who, id), who);
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({Caller.CSO, Caller.ADMIN})
    public ProjectView edit(@PathParam("id") String id, @NotNull String patch) throws JsonProcessingException {
        Caller who = caller.get();
        return views.of(catalogue.edit(id, json.readTree(patch), who), who);
    }

    /** Projects of organisations the caller may see, by title; organization= includes partnerships. */
    @GET
    public ProjectPage search(@QueryParam("q") @Size(max = 200) String q, @QueryParam("sector") String sector,
            @QueryParam("country") String country, @QueryParam("organization") @Size(max = 100) String organization,
            @QueryParam("cross_border") Boolean crossBorder, @QueryParam("status") String status,
            @QueryParam("cursor") @Size(max = 1000) String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
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
        String[] after = cursor == null ? null : decode(cursor);
        Caller who = caller.get();
        ProjectSearch.Result found = search.search(new ProjectSearch.Criteria(text, sector, country, organization,
                crossBorder, status), Audience.ofReader(who), after == null ? null : after[0],
                after == null ? null : after[1], limit);
        String next = found.nextId() == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(
                (found.nextId() + "\n" + found.nextTitle()).getBytes(StandardCharsets.UTF_8));
        return new ProjectPage(views.of(found.projects(), who), next);
    }

    /** Cursor: base64url of "id, lower-cased title" (title last: it may contain anything). */
    private static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            return new String[] {parts[1], parts[0]};
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this service issued");
        }
    }

    private static void check(String field, Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }
}
