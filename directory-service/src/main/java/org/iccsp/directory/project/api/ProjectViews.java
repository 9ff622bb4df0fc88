package org.iccsp.directory.project.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

    public ProjectView of(Project project, Caller who) {
        return of(List.of(project), who).get(0);
    }
}
