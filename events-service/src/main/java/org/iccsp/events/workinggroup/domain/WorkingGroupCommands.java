package org.iccsp.events.workinggroup.domain;

import java.util.UUID;

/** What organisers and chairs ask of {@link WorkingGroups}. */
public final class WorkingGroupCommands {
    private WorkingGroupCommands() {
    }

    /** Form a group of an event, optionally for one of its working-group sessions. */
    public record Create(UUID eventId, UUID sessionId, String name, String description) {
    }

    /** Attach an output: its document's url, its text, or both. */
    public record Output(String title, OutputKind kind, String url, String body) {
    }

    /** A member of a group as shown with it: the registrant, their organisation or government, chair or not. */
    public record Member(UUID registrationId, String name, String organizationId, String governmentCode,
            boolean chair) {
    }
}
