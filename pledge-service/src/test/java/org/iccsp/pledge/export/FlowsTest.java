package org.iccsp.pledge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.iccsp.pledge.export.domain.Flows;
import org.iccsp.pledge.export.domain.PublicPledge;
import org.junit.jupiter.api.Test;

/** FTS-style flows: one row per flow, and a pledge's rows add up to the pledge, never more. */
class FlowsTest {
    @Test
    void anAnnouncedPledgeIsOnePledgedFlowConvertedAtItsValueDate() {
        List<Flows.Flow> flows = Flows.of(IatiWriterTest.single("announced", List.of()),
                (currency, date) -> Optional.of(new BigDecimal("0.75")));
        assertEquals(1, flows.size());
        Flows.Flow f = flows.get(0);
        assertEquals("pledged", f.status());
        assertEquals("FR", f.sourceMember());
        assertEquals("org-0001/project-1", f.destinationRef());
        assertEquals(new BigDecimal("150.00"), f.amount());
        assertEquals(new BigDecimal("200.00"), f.amountUsd());
    }

    @Test
    void aPartlyDisbursedJointPledgeIsPaidPortionsAndCommittedRemaindersPerMember() {
        List<Flows.Flow> flows = Flows.of(IatiWriterTest.joint(), (currency, date) -> Optional.empty());
        assertEquals(List.of("paid", "committed", "paid", "committed"), flows.stream().map(Flows.Flow::status).toList());
        assertEquals(List.of("FR", "FR", "JP", "JP"), flows.stream().map(Flows.Flow::sourceMember).toList());
        assertEquals(new BigDecimal("200.00"), flows.get(0).amount().add(flows.get(1).amount()));
        assertEquals(new BigDecimal("16000"), flows.get(2).amount().add(flows.get(3).amount()));
        assertEquals("org-0002", flows.get(0).recipient());
        assertEquals(LocalDate.of(2026, 4, 1), flows.get(0).date());
        assertNull(flows.get(0).amountUsd(), "no rate, no dollar figure");
    }

    @Test
    void aFulfilledPledgeIsOnlyPaidFlows() {
        List<Flows.Flow> flows = Flows.of(IatiWriterTest.single("fulfilled", List.of(
                new PublicPledge.Disbursement(new BigDecimal("50.00"), LocalDate.of(2026, 4, 1), "org-0009"),
                new PublicPledge.Disbursement(new BigDecimal("100.00"), LocalDate.of(2026, 5, 1), "org-0010"))),
                (currency, date) -> Optional.of(BigDecimal.ONE));
        assertEquals(List.of("paid", "paid"), flows.stream().map(Flows.Flow::status).toList());
        assertEquals(List.of("org-0009", "org-0010"), flows.stream().map(Flows.Flow::recipient).toList());
        assertEquals(Flows.COLUMNS.size(), flows.get(0).cells().size());
    }
}
