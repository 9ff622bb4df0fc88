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
    public static final EventType<ProjectCreated> PROJECT_CREATED =
            EventType.of(PROJECTS_TOPIC, "directory", "project", "created", ProjectCreated.class);
    public static final EventType<ProjectUpdated> PROJECT_UPDATED =
            EventType.of(PROJECTS_TOPIC, "directory", "project", "updated", ProjectUpdated.class);

    private DirectoryContract() {
    }

    private static <T> EventType<T> organization(String verb, Class<T> data) {
        return EventType.of(ORGANIZATIONS_TOPIC, "directory", "organization", verb, data);
    }
}
