package org.iccsp.gateway.web.pledges;

import java.util.List;

/**
 * The pledges behind one figure of the funding summary, as the pledge-service counts them for the
 * reader (GET /api/v1/funding/pledges): each part (a pledge, or one member's share of a joint pledge)
 * with its amount in its own currency and its pledged, committed and disbursed amounts in the
 * reporting currency; their total is the group's figures.
 */
public record FundingBreakdown(String reportingCurrency, String groupBy, String key, Integer year, List<Part> parts,
        FundingSummary.GroupTotal total, int unconvertedPledges) {

    public record Part(String pledgeId, String memberCode, String bloc, String status, String target,
            String jointLabel, String eventId, List<String> verticals, String valueDate, String amount,
            String currency, String announced, String committed, String disbursed) {
    }
}
