package org.iccsp.events.workinggroup.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.iccsp.events.event.domain.WorkingGroupSlots;
import org.iccsp.events.workinggroup.persistence.WorkingGroup;

/** Tells the timetable which sessions working groups meet in. */
@ApplicationScoped
public class WorkingGroupSessions implements WorkingGroupSlots {

    @Override
    public boolean hasGroups(UUID sessionId) {
        return WorkingGroup.count("sessionId", sessionId) > 0;
    }
}
