package org.iccsp.pledge.pledge.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.pledge.pledge.domain.PledgeVisibility;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.pledge.pledge.persistence.PledgeShare;
import org.iccsp.contracts.EventType;
import org.iccsp.contracts.pledges.MemberShare;
import org.iccsp.contracts.pledges.PledgeAnnounced;
import org.iccsp.contracts.pledges.PledgeCommitted;
import org.iccsp.contracts.pledges.PledgeContract;
import org.iccsp.contracts.pledges.PledgeDisbursed;
import org.iccsp.contracts.pledges.PledgeSubmitted;
import org.iccsp.contracts.pledges.PledgeWithdrawn;
import org.iccsp.platform.messaging.Outbox;

/**
 * The pledge events this service publishes (contract: pledge-service-events), written to the outbox in the caller's transaction.
 * A sealed (embargoed) pledge publishes nothing until its embargo is released. The events that can reach
 * webhook subscribers (announced, committed, disbursed, withdrawn) are published only for a public pledge,
 * one whose members (the lead and every share's) are all announced: a pledge with a confidential or
 * prospective member publishes none of them, so no outsider learns its amount, its shares or that it
 * exists (as in public figures, ADR 0007). Only {@code submitted}, a receipt for the submitter who may see
 * the pledge, is published for every unsealed pledge.
 */
@ApplicationScoped
public class PledgeEvents {
    public static final String TOPIC = PledgeContract.PLEDGES_TOPIC;
    public static final String SUBMITTED = PledgeContract.SUBMITTED.type();
    public static final String ANNOUNCED = PledgeContract.ANNOUNCED.type();
    public static final String COMMITTED = PledgeContract.COMMITTED.type();
    public static final String DISBURSED = PledgeContract.DISBURSED.type();
    public static final String WITHDRAWN = PledgeContract.WITHDRAWN.type();

    private final Outbox outbox;

    public PledgeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code email} is the submitter's own address (null when the token has none): the receipt goes there. */
    public void submitted(Pledge p, String by, String email) {
        publish(p, PledgeContract.SUBMITTED, new PledgeSubmitted(p.id, disclosed(p), text(p.amount), p.currency,
                p.valueDate.toString(), List.of(p.verticals), p.targetKind, p.targetRef, p.eventId, p.newMoney,
                p.jointLabel, shares(p), by, email));
    }

    public void announced(Pledge p) {
        if (!isPublic(p)) {
            return;
        }
        publish(p, PledgeContract.ANNOUNCED, new PledgeAnnounced(p.id, disclosed(p), text(p.amount), p.currency,
                p.valueDate.toString(), List.of(p.verticals), p.targetKind, p.targetRef, p.eventId, p.newMoney,
                p.jointLabel, shares(p), p.embargoId, p.announcedAt.toString()));
    }

    public void committed(Pledge p, String by) {
        if (!isPublic(p)) {
            return;
        }
        publish(p, PledgeContract.COMMITTED, new PledgeCommitted(p.id, disclosed(p), text(p.amount), p.currency, by));
    }

    public void disbursed(Pledge p, BigDecimal amount, LocalDate on) {
        if (!isPublic(p)) {
            return;
        }
        publish(p, PledgeContract.DISBURSED, new PledgeDisbursed(p.id, disclosed(p), text(amount), p.currency,
                on.toString(), text(p.disbursedTotal), p.status == PledgeStatus.FULFILLED));
    }

    public void withdrawn(Pledge p, PledgeStatus previous) {
        if (!isPublic(p)) {
            return;
        }
        publish(p, PledgeContract.WITHDRAWN, new PledgeWithdrawn(p.id, disclosed(p), previous.code(), p.withdrawalReason));
    }

    private <T> void publish(Pledge p, EventType<T> type, T data) {
        if (p.sealed) {
            throw new IllegalStateException("a sealed pledge must not publish " + type);
        }
        outbox.publish(type, "pledge", p.id, data);
    }

    /** Every member of the pledge (the lead and each share's) is announced: the public may know all of it. */
    public static boolean isPublic(Pledge p) {
        return PledgeVisibility.membersOf(p).stream()
                .allMatch(code -> Member.<Member>findByIdOptional(code).map(Member::isAnnounced).orElse(false));
    }

    private static String disclosed(Pledge p) {
        return disclosed(p.memberCode);
    }

    private static String disclosed(String memberCode) {
        Member member = Member.findById(memberCode);
        return member != null && member.isConfidential() ? null : memberCode;
    }

    private static List<MemberShare> shares(Pledge p) {
        if (p.jointLabel == null) {
            return null;
        }
        return PledgeShare.of(p.id).stream()
                .map(s -> new MemberShare(disclosed(s.memberCode), text(s.amount), s.currency)).toList();
    }

    private static String text(BigDecimal amount) {
        return amount.toPlainString();
    }
}
