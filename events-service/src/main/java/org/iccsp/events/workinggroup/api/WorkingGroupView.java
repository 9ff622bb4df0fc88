package org.iccsp.events.workinggroup.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.workinggroup.domain.WorkingGroupCommands;
import org.iccsp.events.workinggroup.persistence.WorkingGroup;
import org.iccsp.events.workinggroup.persistence.WorkingGroupOutput;

/** A working group with its members (chair flagged) and outputs, oldest first. */
public record WorkingGroupView(UUID id, UUID eventId, UUID sessionId, String name, String description,
        UUID chairRegistrationId, List<MemberView> members, List<OutputView> outputs) {

    public record MemberView(UUID registrationId, String name, String organizationId, String governmentCode,
            boolean chair) {

        static MemberView of(WorkingGroupCommands.Member m) {
            return new MemberView(m.registrationId(), m.name(), m.organizationId(), m.governmentCode(), m.chair());
        }
    }

    public record OutputView(UUID id, String title, String kind, String url, String body, String addedBy,
            OffsetDateTime addedAt) {

        public static OutputView of(WorkingGroupOutput o) {
            return new OutputView(o.id, o.title, o.kind, o.url, o.body, o.addedBy, o.addedAt);
        }
    }

    public static WorkingGroupView of(WorkingGroup g, List<WorkingGroupCommands.Member> members,
            List<WorkingGroupOutput> outputs) {
        return new WorkingGroupView(g.id, g.eventId, g.sessionId, g.name, g.description, g.chairRegistrationId,
                members.stream().map(MemberView::of).toList(), outputs.stream().map(OutputView::of).toList());
    }
}
