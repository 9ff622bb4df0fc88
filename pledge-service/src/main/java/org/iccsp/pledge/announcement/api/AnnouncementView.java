package org.iccsp.pledge.announcement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An announcement as the caller may see it. Admins: all of it. Anyone, once released: the communiqué, the members
 * it revealed, its pledges (those the caller may see) with their totals. A government before release: only that
 * its own part is in it ({@code yourPart}) and when it is due ({@code releaseAt}, {@code trigger}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnnouncementView(String id, String status, String title, String authoritativeLanguage,
        CommuniqueTexts texts, OffsetDateTime releaseAt, String trigger, List<String> embargoIds,
        List<String> memberCodes, List<MemberPart> members, List<PledgePart> pledges, List<CurrencyTotal> totals,
        List<Approval> approvals, Integer revision, OffsetDateTime createdAt, OffsetDateTime readyAt,
        OffsetDateTime releasedAt, OffsetDateTime withdrawnAt, String withdrawalReason, YourPart yourPart) {

    /** A member the announcement revealed. */
    public record MemberPart(String code, String name, String bloc) {
    }

    /** A pledge it announces; {@code partners}: a joint pledge's shares (a member the caller may not name is null). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PledgePart(String id, String memberCode, String amount, String currency, String jointLabel,
            List<Partner> partners) {
    }

    /** One member's share of a joint pledge. */
    public record Partner(@org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) String memberCode,
            String amount, String currency) {
    }

    /** The sum of its pledges in one currency. */
    public record CurrencyTotal(String currency, String amount, int pledges) {
    }

    /** An admin's approval: the first, then the second (a different admin). */
    public record Approval(int order, String by, OffsetDateTime at) {
    }

    /** A government's own part of an announcement not yet released: its pledges in it, its membership revealed by it. */
    public record YourPart(String memberCode, List<String> pledgeIds, boolean membership) {
    }
}
