package org.iccsp.pledge.funding.api;

import java.util.List;

/**
 * Funding totals in a reporting currency. {@code announced} counts announced, committed, disbursed and
 * fulfilled pledges; {@code committed} only committed and later ones (the FTS rule). Amounts are
 * decimal strings rounded to cents. A group the caller may not see in full (fewer than 3 members, one
 * of them confidential to the caller) is left out and counted in {@code suppressedGroups}.
 */
public record SummaryView(String reportingCurrency, String groupBy, List<GroupTotal> groups, GroupTotal total,
        int suppressedGroups, int unconvertedPledges) {

    public record GroupTotal(String key, int members, int pledges, String announced, String committed) {
    }
}
