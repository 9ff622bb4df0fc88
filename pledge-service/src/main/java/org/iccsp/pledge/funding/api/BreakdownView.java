package org.iccsp.pledge.funding.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iccsp.pledge.funding.domain.FundingSummary;

/**
 * The pledges behind one figure of the funding summary (one bar of a chart): the parts counted in the
 * group {@code key} of grouping {@code groupBy} (every part when no key is given), largest first, and
 * their total, which is that group's figures. A joint pledge appears once per share counted.
 */
public record BreakdownView(String reportingCurrency, String groupBy,
        @Schema(nullable = true, description = "the group; null for every part") String key,
        @Schema(nullable = true, description = "the value-date year; null for every year") Integer year,
        List<PartView> parts, SummaryView.GroupTotal total, int unconvertedPledges) {

    /** One pledge, or one member's share of a joint pledge. */
    public record PartView(String pledgeId, String memberCode, String bloc, String status,
            @Schema(description = "the target's name, or its reference when it has none") String target,
            @Schema(nullable = true, description = "a joint pledge's public label; null on one member's pledge") String jointLabel,
            @Schema(nullable = true, description = "the event where it is to be announced; null when none") String eventId, List<String> verticals, LocalDate valueDate,
            @Schema(description = "the part's amount in its own currency, a decimal string") String amount,
            String currency, String announced, String committed, String disbursed) {
    }

    static BreakdownView of(FundingSummary.Breakdown b) {
        return new BreakdownView(b.reportingCurrency(), b.groupBy(), b.key(), b.year(),
                b.parts().stream().map(p -> new PartView(p.pledgeId(), p.memberCode(), p.bloc(), p.status(),
                        p.target(), p.jointLabel(), p.eventId(), p.verticals(), p.valueDate(), p.amount(),
                        p.currency(), p.announced(), p.committed(), p.disbursed())).toList(),
                SummaryView.GroupTotal.of(b.total()), b.unconvertedPledges());
    }
}
