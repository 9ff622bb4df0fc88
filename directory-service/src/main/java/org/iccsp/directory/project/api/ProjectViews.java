package org.iccsp.directory.project.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;
import java.util.Map;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.project.domain.ProjectCatalogue;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.web.Caller;

/** Builds project views, with the partners each caller may see (read in one query per page). */
@ApplicationScoped
public class ProjectViews {
    private final ProjectCatalogue catalogue;

    public ProjectViews(ProjectCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<ProjectView> of(List<Project> projects, Caller who) {
        Map<String, Organization> partners = catalogue.partnersOf(projects);
        return projects.stream().map(p -> ProjectView.of(p, catalogue.visiblePartners(p, who, partners))).toList();
    }

    /**
     * A page of rows (up to {@code limit + 1}, in the list's order) as views, their partners read in one query, with
     * {@code Link: rel="next"} when more follow.
     */
    static <R> RestResponse<List<ProjectView>> page(List<R> rows, Function<R, Project> project,
            Function<R, Cursor> cursorOf, ProjectViews views, Caller who, int limit, UriInfo uri) {
        List<ProjectView> shown = views.of(rows.stream().limit(limit).map(project).toList(), who);
        Map<String, ProjectView> byId = new HashMap<>();
        shown.forEach(v -> byId.put(v.id(), v));
        return Pages.of(rows, limit, cursorOf, r -> byId.get(project.apply(r).id), uri);
    }

    public ProjectView of(Project project, Caller who) {
        return of(List.of(project), who).get(0);
    }
}
