package org.iccsp.pledge.export.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iccsp.pledge.export.domain.Flows;

/** One FTS-style flow of {@code GET /api/v1/exports/flows.json} (and a row of flows.csv, same columns). */
public record FlowView(
        @Schema(required = true, description = "stable id: pledge, member, status (and the disbursement's number)") String flowId,
        @Schema(required = true) String pledgeId,
        @Schema(required = true, enumeration = {"pledged", "committed", "paid"}) String status,
        @Schema(required = true, description = "the source member's code (ISO 3166-1, or EU)") String sourceMember,
        @Schema(required = true) String sourceName,
        @Schema(description = "the joint pledge's label; null for one member's pledge") String jointLabel,
        @Schema(required = true, enumeration = {"cso-project", "working-group", "common-resource"}) String destinationKind,
        @Schema(required = true) String destinationRef,
        String destinationName,
        @Schema(required = true, description = "who receives it: the disbursement's recipient (an org-id) for paid flows, the target otherwise") String recipient,
        @Schema(required = true, type = SchemaType.STRING, format = "decimal", examples = "1000.50")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @Schema(required = true) String currency,
        @Schema(type = SchemaType.STRING, format = "decimal", examples = "1100.00", description = "in US dollars at the pledge's value-date rate (as the funding totals); null without a rate")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountUsd,
        @Schema(required = true) boolean newMoney,
        @Schema(required = true, description = "IATI FinanceType code") String financeType,
        @Schema(required = true) List<String> verticals,
        @Schema(required = true) LocalDate valueDate,
        @Schema(required = true, description = "announced (pledged), committed (committed) or disbursed (paid) on") LocalDate date,
        String eventId) {

    public static FlowView of(Flows.Flow f) {
        return new FlowView(f.flowId(), f.pledgeId(), f.status(), f.sourceMember(), f.sourceName(), f.jointLabel(),
                f.destinationKind(), f.destinationRef(), f.destinationName(), f.recipient(), f.amount(), f.currency(),
                f.amountUsd(), f.newMoney(), f.financeType(), f.verticals(), f.valueDate(), f.date(), f.eventId());
    }
}
