package org.iccsp.directory.project.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iccsp.directory.organization.domain.MergePatch;
import org.iccsp.directory.organization.domain.OrganizationRegistry;
import org.iccsp.directory.organization.domain.Sector;
import org.iccsp.directory.organization.domain.Territory;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.project.messaging.ProjectEvents;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.ProblemException;

/**
 * Projects of organisations: created and edited by the organisation's own CSO users or admins,
 * visible to whoever may see the organisation.
 */
@ApplicationScoped
public class ProjectCatalogue {
    private static final List<String> EDITABLE = MergePatch.fieldsOf(ProjectDetails.class);

    private final OrganizationRegistry organizations;
    private final ProjectEvents events;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    public ProjectCatalogue(OrganizationRegistry organizations, ProjectEvents events, ObjectMapper json,
            Validator validator, Clock clock) {
        this.organizations = organizations;
        this.events = events;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public Project create(String organizationId, ProjectDetails request, Caller caller) {
        Organization owner = organizations.visibleTo(caller, organizationId);
        caller.require(caller.isAdmin() || caller.actsFor(organizationId),
                "only the organisation itself and admins add its projects");
        ProjectDetails details = request.normalized();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Project project = new Project();
        project.id = "prj-" + UUID.randomUUID();
        project.organizationId = organizationId;
        apply(details, project, owner);
        project.createdBy = caller.subject();
        project.createdAt = now;
        project.updatedAt = now;
        project.persist();
        events.created(project);
        return project;
    }

    /** A JSON merge patch of the project's details; an edit that changes nothing writes nothing. */
    @Transactional
    public Project edit(String projectId, JsonNode patch, Caller caller) throws JsonProcessingException {
        Project project = Project.findById(projectId, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw ProblemException.notFound("project", projectId);
        }
        Organization owner = visibleOwner(project, caller);
        caller.require(caller.isAdmin() || caller.actsFor(project.organizationId),
                "you may edit only your own organisation's projects");
        JsonNode before = json.valueToTree(detailsOf(project));
        ProjectDetails edited = MergePatch.edit(before, patch, ProjectDetails.class, json).normalized();
        Set<ConstraintViolation<ProjectDetails>> violations = validator.validate(edited);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        JsonNode after = json.valueToTree(edited);
        List<String> changed = MergePatch.changedFields(before, after, EDITABLE);
        if (!changed.isEmpty()) {
            apply(edited, project, owner);
            project.updatedAt = OffsetDateTime.now(clock);
            events.updated(project, changed, caller.subject());
        }
        return project;
    }

    public Project visibleTo(Caller caller, String projectId) {
        Project project = Project.findById(projectId);
        if (project == null) {
            throw ProblemException.notFound("project", projectId);
        }
        visibleOwner(project, caller);
        return project;
    }

    public List<Project> ofOrganization(Caller caller, String organizationId) {
        organizations.visibleTo(caller, organizationId);
        return Project.list("organizationId = ?1 order by lower(title), id", organizationId);
    }

    /** Partners the caller may not see are left out, so a project does not reveal unlisted organisations. */
    public List<String> visiblePartners(Project project, Caller caller, Map<String, Organization> partners) {
        return Arrays.stream(project.partnerIds)
                .filter(id -> partners.containsKey(id) && OrganizationRegistry.isVisible(partners.get(id), caller))
                .toList();
    }

    /** The partner organisations of these projects, read in one query. */
    public Map<String, Organization> partnersOf(List<Project> projects) {
        List<String> ids = projects.stream().flatMap(p -> Arrays.stream(p.partnerIds)).distinct().toList();
        return ids.isEmpty() ? Map.of() : Organization.<Organization>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    private Organization visibleOwner(Project project, Caller caller) {
        try {
            return organizations.visibleTo(caller, project.organizationId);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("project", project.id); // a hidden organisation's projects are hidden too
        }
    }

    private static void apply(ProjectDetails details, Project project, Organization owner) {
        if (details.country() != null && !Territory.isValid(details.country())) {
            throw ProblemException.invalid("country", "unknown ISO 3166 country or territory " + details.country());
        }
        if (details.startDate() != null && details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate");
        }
        List<String> countries = new ArrayList<>(List.of(owner.country));
        for (int i = 0; i < details.partnerIds().size(); i++) {
            String partnerId = details.partnerIds().get(i);
            Organization partner = Organization.findById(partnerId);
            if (partner == null) {
                throw ProblemException.invalid("partnerIds[" + i + "]", "unknown organisation " + partnerId);
            }
            if (partner.id.equals(owner.id)) {
                throw ProblemException.invalid("partnerIds[" + i + "]", "an organisation is not its own partner");
            }
            countries.add(partner.country);
        }
        project.title = details.title();
        project.description = details.description();
        project.sectors = details.sectors().stream().map(Sector::code).toArray(String[]::new);
        project.country = details.country();
        project.city = details.city();
        project.partnerIds = details.partnerIds().toArray(String[]::new);
        project.crossBorder = countries.stream().anyMatch(c -> c.startsWith("IL"))
                && countries.stream().anyMatch(c -> c.startsWith("PS"));
        project.beneficiariesPerYear = details.beneficiariesPerYear();
        project.startDate = details.startDate();
        project.endDate = details.endDate();
        project.status = details.status().code();
    }

    private static ProjectDetails detailsOf(Project p) {
        return new ProjectDetails(p.title, p.description, Arrays.stream(p.sectors).map(Sector::fromCode).toList(),
                p.country, p.city, List.of(p.partnerIds), p.beneficiariesPerYear, p.startDate, p.endDate,
                ProjectStatus.fromCode(p.status));
    }
}
