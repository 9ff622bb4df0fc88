package org.iccsp.contracts.pledges;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A member's share of a joint pledge ({@code memberCode} null, in a submitter's receipt only, while that member is confidential). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberShare(String memberCode, String amount, String currency) {
}
