package org.iccsp.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code .member-added.v1}, {@code .member-removed.v1} and {@code .chair-named.v1}: who it concerns. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkingGroupMemberChanged(String workingGroupId, String eventId, String workingGroupName,
        String registrationId, String registrantSubject, String registrantEmail, String participantName,
        String changedBy) {
}
