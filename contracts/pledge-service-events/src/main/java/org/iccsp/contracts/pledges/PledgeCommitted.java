package org.iccsp.contracts.pledges;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code org.iccsp.pledges.pledge.committed.v1}: the pledge now counts in committed totals. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PledgeCommitted(String pledgeId, String memberCode, String amount, String currency, String committedBy) {
}
