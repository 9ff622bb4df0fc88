package org.iccsp.contracts.directory;

import org.iccsp.contracts.EventType;

/** What directory-service publishes: organisation events keyed by organisation id, project events by project id. */
public final class DirectoryContract {
    public static final String ORGANIZATIONS_TOPIC = "directory.organizations";
    public static final String PROJECTS_TOPIC = "directory.projects";

    public static final EventType<OrganizationRegistered> ORGANIZATION_REGISTERED =
            organization("registered", OrganizationRegistered.class);
    public static final EventType<OrganizationVerified> ORGANIZATION_VERIFIED =
            organization("verified", OrganizationVerified.class);
    public static final EventType<OrganizationRejected> ORGANIZATION_REJECTED =
            organization("rejected", OrganizationRejected.class);
    public static final EventType<OrganizationUpdated> ORGANIZATION_UPDATED =
            organization("updated", OrganizationUpdated.class);
    public static final EventType<OrganizationDeactivated> ORGANIZATION_DEACTIVATED =
            organization("deactivated", OrganizationDeactivated.class);
    public static final EventType<OrganizationReactivated> ORGANIZATION_REACTIVATED =
            organization("reactivated", OrganizationReactivated.class);
    public static final EventType<OrganizationErased> ORGANIZATION_ERASED =
            organization("erased", OrganizationErased.class);
    public static final EventType<ProjectCreated> PROJECT_CREATED =
            EventType.of(PROJECTS_TOPIC, "directory", "project", "created", ProjectCreated.class);
    public static final EventType<ProjectUpdated> PROJECT_UPDATED =
            EventType.of(PROJECTS_TOPIC, "directory", "project", "updated", ProjectUpdated.class);
    public static final EventType<ProjectDeactivated> PROJECT_DEACTIVATED =
            EventType.of(PROJECTS_TOPIC, "directory", "project", "deactivated", ProjectDeactivated.class);
    public static final EventType<ProjectReactivated> PROJECT_REACTIVATED =
            EventType.of(PROJECTS_TOPIC, "directory", "project", "reactivated", ProjectReactivated.class);

    private DirectoryContract() {
    }

    private static <T> EventType<T> organization(String verb, Class<T> data) {
        return EventType.of(ORGANIZATIONS_TOPIC, "directory", "organization", verb, data);
    }
}
