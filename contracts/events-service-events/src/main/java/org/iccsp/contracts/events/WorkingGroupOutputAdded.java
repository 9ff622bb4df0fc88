package org.iccsp.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code org.iccsp.events.working-group.output-added.v1} (the document's text stays in the API). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkingGroupOutputAdded(String workingGroupId, String eventId, String workingGroupName,
        String outputId, String title, String kind, String url, boolean hasBody, String addedBy) {
}
