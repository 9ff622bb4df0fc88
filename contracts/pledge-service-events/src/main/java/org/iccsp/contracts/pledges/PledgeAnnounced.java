package org.iccsp.contracts.pledges;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Data of {@code org.iccsp.pledges.pledge.announced.v1}: the submitted fields but the submitter's, with the embargo;
 * published only for a pledge whose members are all announced. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PledgeAnnounced(String pledgeId, String memberCode, String amount, String currency, String valueDate,
        List<String> verticals, String targetKind, String targetRef, String eventId, boolean newMoney,
        String jointLabel, List<MemberShare> shares, String embargoId, String announcedAt) {
}
