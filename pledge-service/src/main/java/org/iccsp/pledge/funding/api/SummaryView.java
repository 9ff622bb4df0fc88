package org.iccsp.pledge.funding.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iccsp.pledge.funding.domain.FundingSummary;

/**
 * Funding totals in a reporting currency. {@code announced} counts announced, committed, disbursed and
 * fulfilled pledges; {@code committed} only committed and later ones (the FTS rule); {@code disbursed}
 * what has been paid out of them. Amounts are decimal strings, each pledge (or share) rounded to cents
 * before it is added. Only money the caller may see counts (the pledge visible to it, its member
 * nameable by it): {@code total} is then exactly the sum of the groups by member, bloc, event or year,
 * and no difference of figures reveals hidden money.
 */
public record SummaryView(String reportingCurrency, String groupBy,
        @Schema(nullable = true, description = "the value-date year the figures are limited to; null for every year") Integer year,
        List<GroupTotal> groups, GroupTotal total, int unconvertedPledges,
        @Schema(description = "the value-date years holding money the caller may see, oldest first") List<Integer> years,
        @Schema(nullable = true, description = "the latest change of a pledge counted in these figures; null when none counts")
        OffsetDateTime lastUpdated) {

    public record GroupTotal(String key, int members, int pledges, String announced, String committed,
            String disbursed) {
        static GroupTotal of(FundingSummary.GroupTotal g) {
            return new GroupTotal(g.key(), g.members(), g.pledges(), g.announced(), g.committed(), g.disbursed());
        }
    }

    static SummaryView of(FundingSummary.Summary s) {
        return new SummaryView(s.reportingCurrency(), s.groupBy(), s.year(),
                s.groups().stream().map(GroupTotal::of).toList(), GroupTotal.of(s.total()), s.unconvertedPledges(),
                s.years(), s.lastUpdated());
    }
}
