package org.iccsp.pledge.funding.api;

import java.util.List;
import org.iccsp.pledge.funding.domain.FundingSummary;

/**
 * Funding totals in a reporting currency. {@code announced} counts announced, committed, disbursed and
 * fulfilled pledges; {@code committed} only committed and later ones (the FTS rule). Amounts are
 * decimal strings, each pledge (or share) rounded to cents before it is added. Only money the caller may
 * see counts (the pledge visible to it, its member nameable by it): {@code total} is then exactly the
 * sum of the groups by member, bloc or event, and no difference of figures reveals hidden money.
 */
public record SummaryView(String reportingCurrency, String groupBy, List<GroupTotal> groups, GroupTotal total,
        int unconvertedPledges) {

    public record GroupTotal(String key, int members, int pledges, String announced, String committed) {
        static GroupTotal of(FundingSummary.GroupTotal g) {
            return new GroupTotal(g.key(), g.members(), g.pledges(), g.announced(), g.committed());
        }
    }

    static SummaryView of(FundingSummary.Summary s) {
        return new SummaryView(s.reportingCurrency(), s.groupBy(), s.groups().stream().map(GroupTotal::of).toList(),
                GroupTotal.of(s.total()), s.unconvertedPledges());
    }
}
