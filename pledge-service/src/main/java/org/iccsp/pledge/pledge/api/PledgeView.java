package org.iccsp.pledge.pledge.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iccsp.platform.web.OpenApiConventions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.iccsp.platform.web.Caller;
import org.iccsp.pledge.member.domain.MemberRegistry;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.pledge.pledge.persistence.PledgeAudit;
import org.iccsp.pledge.pledge.persistence.PledgeShare;

/**
 * A pledge as the API returns it. Amounts are strings so that no client rounds them through a double.
 * {@code history} (the audit trail) is given on GET of one pledge, not in listings. A joint pledge has
 * {@code jointLabel} and {@code shares}; a single member's pledge has neither.
 */
public record PledgeView(String id, String memberCode, String status,
        @Schema(type = SchemaType.STRING, format = "decimal", examples = "1000.50", description = "the exact amount, a decimal string", required = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency, LocalDate valueDate,
        List<String> verticals, Target target, String eventId, String notes, boolean newMoney,
        @Schema(description = "IATI FinanceType code: 110 standard grant, 421 standard loan, ...", required = true) String financeType,
        @Schema(description = "IATI AidType code: C01 project-type interventions, ...", required = true) String aidType,
        @Schema(description = "IATI FlowType code: 10 ODA, ...", required = true) String flowType, String embargoId,
        boolean sealed, @Schema(type = SchemaType.STRING, format = "decimal", examples = "1000.50", description = "disbursed so far, a decimal string", required = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal disbursedTotal,
        String withdrawalReason, int revision, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime announcedAt, String jointLabel, List<Share> shares, List<AuditEntry> history) {

    public record AuditEntry(String action, String fromStatus, String toStatus, String actor,
            @Schema(description = "the display name of whoever made the change, as their token gave it then; null on lines written before names were recorded, and for changes the service made itself")
            String actorName, OffsetDateTime at,
            String reason, @Schema(type = SchemaType.STRING, format = "decimal", examples = "1000.50", description = "the amount of a disbursement, a decimal string")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, LocalDate date,
            @Schema(description = "a revision's previous values (a JSON object), null for other actions", extensions = @Extension(name = OpenApiConventions.ANY_JSON, value = "true"))
            @JsonRawValue String previous,
            @Schema(description = "a disbursement's recipient (an org-id), null for other actions") String recipient) {
        /** The line without the actor's name (for a reader who may not name the pledge's lead). */
        public AuditEntry withoutName() {
            return new AuditEntry(action, fromStatus, toStatus, actor, null, at, reason, amount, date, previous, recipient);
        }

        public static AuditEntry of(PledgeAudit a) {
            return new AuditEntry(a.action, a.fromStatus, a.toStatus, a.actor, a.actorName, a.at, a.reason, a.amount,
                    a.occurredOn, a.previous, a.recipient);
        }
    }

    /**
     * The pledge as {@code caller} may read it (issue 17): a member the caller may not name (confidential,
     * or prospective for outsiders) is {@code null}, as the lead and in {@code shares}, as on the event
     * topics. A government co-member of a joint pledge reads the other shares' amounts (the pledge's amount
     * is their sum), not who holds them. Nor are the names of a hidden lead's officials in its history ({@code actorName}).
     */
    public PledgeView forReader(Caller caller) {
        if (MemberRegistry.seesConfidential(caller)) {
            return this;
        }
        Predicate<String> named = code -> namesMember(caller, code);
        List<Share> readable = shares == null ? null : shares.stream()
                .map(s -> named.test(s.memberCode()) ? s : new Share(null, s.amount(), s.currency())).toList();
        // a lead the reader may not name is not named through its officials either: their names leave the history
        List<AuditEntry> trail = history == null || named.test(memberCode) ? history : history.stream()
                .map(AuditEntry::withoutName).toList();
        return new PledgeView(id, named.test(memberCode) ? memberCode : null, status, amount, currency, valueDate,
                verticals, target, eventId, notes, newMoney, financeType, aidType, flowType, embargoId, sealed, disbursedTotal, withdrawalReason, revision,
                createdAt, updatedAt, announcedAt, jointLabel, readable, trail);
    }

    /** Whether {@code caller} may name the member {@code code} (null: no member to hide). */
    public static boolean namesMember(Caller caller, String code) {
        return code == null || MemberRegistry.seesConfidential(caller) || MemberRegistry.findVisible(caller, code).isPresent();
    }

    public static PledgeView of(Pledge p) {
        return of(p, null);
    }

    public static PledgeView withHistory(Pledge p) {
        return of(p, PledgeAudit.trailOf(p.id).stream().map(AuditEntry::of).toList());
    }

    private static PledgeView of(Pledge p, List<AuditEntry> history) {
        return new PledgeView(p.id, p.memberCode, p.status.code(), p.amount, p.currency, p.valueDate,
                Arrays.asList(p.verticals),
                new Target(org.iccsp.pledge.pledge.domain.TargetKind.fromCode(p.targetKind), p.targetRef,
                        p.targetName),
                p.eventId, p.notes, p.newMoney, p.financeType, p.aidType, p.flowType, p.embargoId, p.sealed, p.disbursedTotal, p.withdrawalReason,
                p.revision, p.createdAt, p.updatedAt, p.announcedAt, p.jointLabel,
                p.jointLabel == null ? null : PledgeShare.of(p.id).stream()
                        .map(s -> new Share(s.memberCode, s.amount, s.currency)).toList(),
                history);
    }
}
