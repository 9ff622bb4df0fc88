package org.iccsp.gateway.web.pledges;

import java.util.List;

/**
 * The pledge-service's funding summary as the dashboard reads it: one total per group (a bloc,
 * vertical, member or event), the grand total, and how many pledges could not be converted to the
 * reporting currency. Amounts stay the decimal strings the service writes (the page formats them in
 * the reader's way).
 */
public record FundingSummary(String reportingCurrency, String groupBy, List<GroupTotal> groups, GroupTotal total,
        int unconvertedPledges) {

    public record GroupTotal(String key, int members, int pledges, String announced, String committed) {
    }
}
