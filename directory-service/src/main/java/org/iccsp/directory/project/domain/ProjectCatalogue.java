package org.iccsp.directory.project.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import org.iccsp.directory.organization.domain.OrganizationLifecycle;
import org.iccsp.directory.organization.domain.OrganizationLifecycleService;
import org.iccsp.directory.organization.domain.OrganizationRegistry;
import org.iccsp.directory.organization.domain.Sector;
import org.iccsp.directory.organization.domain.Territory;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.project.messaging.ProjectEvents;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.ProblemException;

/**
 * Projects of organisations: created and edited by the organisation's own CSO users or admins,
 * visible to whoever may see the organisation.
 */
@ApplicationScoped
public class ProjectCatalogue {
    private static final List<String> EDITABLE = MergePatch.fieldsOf(ProjectDetails.class);
    public static final String ACTIVE = "active";
    public static final String DEACTIVATED = "deactivated";
    public static final String ERASED = "erased";

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
        if (owner.lifecycle == OrganizationLifecycle.ERASURE_REQUESTED || owner.lifecycle == OrganizationLifecycle.ERASED) {
            throw ProblemException.conflict("organisation " + organizationId + " is " + owner.lifecycle.code()
                    + ": it takes no new projects");
        }
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
    public Project edit(String projectId, JsonNode patch, String ifMatch, Caller caller) throws JsonProcessingException {
        Project project = ownedForChange(projectId, ifMatch, caller);
        Organization owner = organizations.visibleTo(caller, project.organizationId);
        if (ERASED.equals(project.lifecycle) || !owner.lifecycle.isListed() && owner.lifecycle != OrganizationLifecycle.DEACTIVATED) {
            throw ProblemException.conflict("project " + projectId + " belongs to an erased organisation or one whose erasure was requested");
        }
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
            Project.getEntityManager().flush(); // the version the answer's ETag names
        }
        return project;
    }

    /** The organisation's own users or an admin take a project out of every listing (reversible). */
    @Transactional
    public Project deactivate(String projectId, String ifMatch, Caller caller) {
        Project project = ownedForChange(projectId, ifMatch, caller);
        requireLifecycle(project, ACTIVE, "only an active project can be deactivated");
        project.lifecycle = DEACTIVATED;
        project.updatedAt = OffsetDateTime.now(clock);
        events.deactivated(project, caller.subject());
        Project.getEntityManager().flush();
        return project;
    }

    @Transactional
    public Project reactivate(String projectId, String ifMatch, Caller caller) {
        Project project = ownedForChange(projectId, ifMatch, caller);
        requireLifecycle(project, DEACTIVATED, "only a deactivated project can be reactivated");
        project.lifecycle = ACTIVE;
        project.updatedAt = OffsetDateTime.now(clock);
        events.reactivated(project, caller.subject());
        Project.getEntityManager().flush();
        return project;
    }

    /**
     * The organisation's erasure reaches its projects, in the same transaction: their free text is overwritten in
     * place (titles and descriptions may name people), their sent message log dropped; ids and partners stay.
     */
    void erase(@Observes OrganizationLifecycleService.Erased erased) {
        List<Project> projects = Project.list("organizationId", erased.organizationId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Project p : projects) {
            p.title = "Erased project";
            p.description = null;
            p.city = null;
            p.lifecycle = ERASED;
            p.updatedAt = now;
        }
        Project.getEntityManager().createNativeQuery("delete from outbox_event where aggregate_type = 'project'"
                + " and sent_at is not null and aggregate_id = any(cast(?1 as text[]))")
                .setParameter(1, projects.stream().map(p -> p.id).toArray(String[]::new)).executeUpdate();
    }

    private Project ownedForChange(String projectId, String ifMatch, Caller caller) {
        Project project = Project.findById(projectId, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw ProblemException.notFound("project", projectId);
        }
        visibleOwner(project, caller);
        caller.require(caller.isAdmin() || caller.actsFor(project.organizationId),
                "you may change only your own organisation's projects");
        EntityTags.checkIfMatch(ifMatch, EntityTags.ofVersion(project.version), false);
        return project;
    }

    private static void requireLifecycle(Project project, String expected, String why) {
        if (!expected.equals(project.lifecycle)) {
            throw ProblemException.conflict(why + " (it is " + project.lifecycle + ")");
        }
    }

    public Project visibleTo(Caller caller, String projectId) {
        Project project = Project.findById(projectId);
        if (project == null) {
            throw ProblemException.notFound("project", projectId);
        }
        visibleOwner(project, caller);
        return project;
    }

    /**
     * A page of the organisation's projects by title (keyset: lower-cased title, id; {@code afterTitle} is the last
     * title as stored, lower-cased by PostgreSQL like the order), {@code rows} at most;
     * deactivated and erased ones only to the organisation itself and admins.
     */
    public List<Project> ofOrganization(Caller caller, String organizationId, String afterTitle, String afterId,
            int rows) {
        organizations.visibleTo(caller, organizationId);
        boolean all = caller.isAdmin() || caller.actsFor(organizationId);
        String lifecycle = all ? "" : " and lifecycle = 'active'";
        return afterId == null
                ? Project.find("organizationId = ?1" + lifecycle + " order by lower(title), id", organizationId)
                        .page(0, rows).list()
                : Project.find("organizationId = ?1" + lifecycle + " and (lower(title) > lower(?2) or (lower(title) ="
                        + " lower(?2) and id > ?3)) order by lower(title), id", organizationId, afterTitle, afterId)
                        .page(0, rows).list();
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
        Organization owner;
        try {
            owner = organizations.visibleTo(caller, project.organizationId);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("project", project.id); // a hidden organisation's projects are hidden too
        }
        if (!ACTIVE.equals(project.lifecycle) && !caller.isAdmin() && !caller.actsFor(project.organizationId)) {
            throw ProblemException.notFound("project", project.id); // deactivated: its organisation and admins only
        }
        return owner;
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
