package org.iccsp.events.event.domain;

import java.util.UUID;

/** Whether working groups meet in a session (its kind then stays); implemented in {@code workinggroup}. */
public interface WorkingGroupSlots {

    boolean hasGroups(UUID sessionId);
}
