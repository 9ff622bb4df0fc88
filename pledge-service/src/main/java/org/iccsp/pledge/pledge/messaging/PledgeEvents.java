package org.iccsp.pledge.pledge.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.pledge.pledge.persistence.PledgeShare;
import org.iccsp.platform.messaging.EventTopic;
import org.iccsp.platform.messaging.Outbox;

/**
 * The pledge events this service publishes, written to the outbox in the caller's transaction.
 * A sealed (embargoed) pledge publishes nothing until its embargo is released.
 */
@ApplicationScoped
public class PledgeEvents {
    public static final String TOPIC = "pledges.pledges";
    public static final String SUBMITTED = EventTopic.eventType("pledges", "pledge", "submitted");
    public static final String ANNOUNCED = EventTopic.eventType("pledges", "pledge", "announced");
    public static final String COMMITTED = EventTopic.eventType("pledges", "pledge", "committed");
    public static final String DISBURSED = EventTopic.eventType("pledges", "pledge", "disbursed");
    public static final String WITHDRAWN = EventTopic.eventType("pledges", "pledge", "withdrawn");

    private final Outbox outbox;

    public PledgeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code email} is the submitter's own address (null when the token has none): the receipt goes there. */
    public void submitted(Pledge p, String by, String email) {
        publish(p, SUBMITTED, new PledgeEventData.Submitted(p.id, disclosed(p), text(p.amount), p.currency,
                p.valueDate.toString(), List.of(p.verticals), p.targetKind, p.targetRef, p.eventId, p.newMoney,
                p.jointLabel, shares(p), by, email));
    }

    public void announced(Pledge p) {
        publish(p, ANNOUNCED, new PledgeEventData.Announced(p.id, disclosed(p), text(p.amount), p.currency,
                p.valueDate.toString(), List.of(p.verticals), p.targetKind, p.targetRef, p.eventId, p.newMoney,
                p.jointLabel, shares(p), p.embargoId, p.announcedAt.toString()));
    }

    public void committed(Pledge p, String by) {
        publish(p, COMMITTED, new PledgeEventData.Committed(p.id, disclosed(p), text(p.amount), p.currency, by));
    }

    public void disbursed(Pledge p, BigDecimal amount, LocalDate on) {
        publish(p, DISBURSED, new PledgeEventData.Disbursed(p.id, disclosed(p), text(amount), p.currency,
                on.toString(), text(p.disbursedTotal), p.status == PledgeStatus.FULFILLED));
    }

    public void withdrawn(Pledge p, PledgeStatus previous) {
        publish(p, WITHDRAWN, new PledgeEventData.Withdrawn(p.id, disclosed(p), previous.code(), p.withdrawalReason));
    }

    private void publish(Pledge p, String type, Object data) {
        if (p.sealed) {
            throw new IllegalStateException("a sealed pledge must not publish " + type);
        }
        outbox.publish(TOPIC, "pledge", p.id, type, data);
    }

    private static String disclosed(Pledge p) {
        return disclosed(p.memberCode);
    }

    private static String disclosed(String memberCode) {
        Member member = Member.findById(memberCode);
        return member != null && member.isConfidential() ? null : memberCode;
    }

    private static List<PledgeEventData.Share> shares(Pledge p) {
        if (p.jointLabel == null) {
            return null;
        }
        return PledgeShare.of(p.id).stream()
                .map(s -> new PledgeEventData.Share(disclosed(s.memberCode), text(s.amount), s.currency)).toList();
    }

    private static String text(BigDecimal amount) {
        return amount.toPlainString();
    }
}
