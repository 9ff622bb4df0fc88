package org.iccsp.contracts.pledges;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code org.iccsp.pledges.pledge.disbursed.v1}: one disbursement ({@code amount} is this one). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PledgeDisbursed(String pledgeId, String memberCode, String amount, String currency, String disbursedOn,
        String disbursedTotal, boolean fulfilled) {
}
