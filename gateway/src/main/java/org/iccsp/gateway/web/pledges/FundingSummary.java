package org.iccsp.gateway.web.pledges;

import java.util.List;

/**
 * The pledge-service's funding summary as the dashboard reads it: one total per group (a bloc,
 * vertical, member, event or year), the grand total, how many pledges could not be converted to the
 * reporting currency, the year the figures are limited to (null: all), the years that hold money the
 * reader may see and when a pledge counted last changed. Amounts stay the decimal strings the service
 * writes (the page formats them in the reader's way).
 */
public record FundingSummary(String reportingCurrency, String groupBy, Integer year, List<GroupTotal> groups,
        GroupTotal total, int unconvertedPledges, List<Integer> years, String lastUpdated) {

    public record GroupTotal(String key, int members, int pledges, String announced, String committed,
            String disbursed) {
    }
}
