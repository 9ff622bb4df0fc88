package org.iccsp.contracts.pledges;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
/** Data of {@code org.iccsp.pledges.embargo.released.v1}; schema in events/ (see the EventType constant). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmbargoReleased(String embargoId, String name, String releasedAt, String releasedBy, int pledgeCount) {
}
