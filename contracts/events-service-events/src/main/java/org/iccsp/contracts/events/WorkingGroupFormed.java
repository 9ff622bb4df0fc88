package org.iccsp.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code org.iccsp.events.working-group.formed.v1}; {@code sessionId} is its working-group slot, or null. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkingGroupFormed(String workingGroupId, String eventId, String sessionId, String name, String description,
        String formedBy) {
}
