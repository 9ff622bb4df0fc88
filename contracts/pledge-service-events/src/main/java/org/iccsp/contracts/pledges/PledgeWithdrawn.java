package org.iccsp.contracts.pledges;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code org.iccsp.pledges.pledge.withdrawn.v1}: a published pledge was withdrawn. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PledgeWithdrawn(String pledgeId, String memberCode, String previousStatus, String reason) {
}
