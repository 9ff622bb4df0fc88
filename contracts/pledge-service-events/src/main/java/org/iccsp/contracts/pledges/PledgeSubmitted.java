package org.iccsp.contracts.pledges;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Data of {@code org.iccsp.pledges.pledge.submitted.v1}. Amounts are decimal strings; {@code memberCode} is null
 * while the member is confidential. {@code submitterEmail} (the submitter's token {@code email} claim, null without
 * one) lets notification-service send the submitter, and nobody else, a receipt.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PledgeSubmitted(String pledgeId, String memberCode, String amount, String currency, String valueDate,
        List<String> verticals, String targetKind, String targetRef, String eventId, boolean newMoney,
        String jointLabel, List<MemberShare> shares, String submittedBy, String submitterEmail) {
}
