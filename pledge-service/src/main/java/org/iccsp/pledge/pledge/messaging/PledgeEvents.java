package org.iccsp.pledge.pledge.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.iccsp.pledge.member.domain.MemberAnnounced;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.pledge.pledge.domain.PledgeVisibility;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.pledge.pledge.persistence.PledgeShare;
import org.iccsp.pledge.pledge.persistence.WithheldEvent;
import org.iccsp.contracts.EventType;
import org.iccsp.contracts.pledges.MemberShare;
import org.iccsp.contracts.pledges.PledgeAnnounced;
import org.iccsp.contracts.pledges.PledgeCommitted;
import org.iccsp.contracts.pledges.PledgeContract;
import org.iccsp.contracts.pledges.PledgeDisbursed;
import org.iccsp.contracts.pledges.PledgeSubmitted;
import org.iccsp.contracts.pledges.PledgeWithdrawn;
import org.iccsp.platform.messaging.Outbox;
import org.jboss.logging.Logger;

/**
 * The pledge events this service publishes (contract: pledge-service-events), written to the outbox in the caller's transaction.
 * A sealed (embargoed) pledge publishes nothing until its embargo is released. The events that can reach
 * webhook subscribers (announced, committed, disbursed, withdrawn) are published only for a public pledge,
 * one whose members (the lead and every share's) are all announced: a pledge with a confidential or
 * prospective member publishes none of them, so no outsider learns its amount, its shares or that it
 * exists (as in public figures, ADR 0007). Only {@code submitted}, a receipt for the submitter who may see
 * the pledge, is published for every unsealed pledge.
 *
 * <p>The public events of a pledge that is not public yet are withheld ({@link WithheldEvent}, in order) and
 * published, in that order and once, in the transaction that announces its last member not yet announced, if the
 * pledge is public by then (announced or later, not withdrawn). A withdrawn pledge never was public: its withheld
 * events are dropped.
 */
@ApplicationScoped
public class PledgeEvents {
    public static final String TOPIC = PledgeContract.PLEDGES_TOPIC;
    public static final String SUBMITTED = PledgeContract.SUBMITTED.type();
    public static final String ANNOUNCED = PledgeContract.ANNOUNCED.type();
    public static final String COMMITTED = PledgeContract.COMMITTED.type();
    public static final String DISBURSED = PledgeContract.DISBURSED.type();
    public static final String WITHDRAWN = PledgeContract.WITHDRAWN.type();

    private static final Logger LOG = Logger.getLogger(PledgeEvents.class);
    private static final Map<String, EventType<?>> WITHHOLDABLE = Map.of(ANNOUNCED, PledgeContract.ANNOUNCED,
            COMMITTED, PledgeContract.COMMITTED, DISBURSED, PledgeContract.DISBURSED);

    private final Outbox outbox;
    private final ObjectMapper json;
    private final EntityManager em;
    private final Clock clock;

    public PledgeEvents(Outbox outbox, ObjectMapper json, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.em = em;
        this.clock = clock;
    }

    /** {@code email} is the submitter's own address (null when the token has none): the receipt goes there. */
    public void submitted(Pledge p, String by, String email) {
        publish(p, PledgeContract.SUBMITTED, new PledgeSubmitted(p.id, disclosed(p), text(p.amount), p.currency,
                p.valueDate.toString(), List.of(p.verticals), p.targetKind, p.targetRef, p.eventId, p.newMoney,
                p.jointLabel, shares(p), by, email));
    }

    public void announced(Pledge p) {
        publicEvent(p, PledgeContract.ANNOUNCED, new PledgeAnnounced(p.id, p.memberCode, text(p.amount), p.currency,
                p.valueDate.toString(), List.of(p.verticals), p.targetKind, p.targetRef, p.eventId, p.newMoney,
                p.jointLabel, namedShares(p), p.embargoId, p.announcedAt.toString()));
    }

    public void committed(Pledge p, String by) {
        publicEvent(p, PledgeContract.COMMITTED, new PledgeCommitted(p.id, p.memberCode, text(p.amount), p.currency, by));
    }

    public void disbursed(Pledge p, BigDecimal amount, LocalDate on) {
        publicEvent(p, PledgeContract.DISBURSED, new PledgeDisbursed(p.id, p.memberCode, text(amount), p.currency,
                on.toString(), text(p.disbursedTotal), p.status == PledgeStatus.FULFILLED));
    }

    /** A withdrawal is news only of a public pledge; one not public yet never will be: what it withheld is dropped. */
    public void withdrawn(Pledge p, PledgeStatus previous) {
        if (!isPublic(p)) {
            WithheldEvent.delete("pledgeId", p.id);
            return;
        }
        publish(p, PledgeContract.WITHDRAWN, new PledgeWithdrawn(p.id, p.memberCode, previous.code(), p.withdrawalReason));
    }

    /**
     * Share-locks the member rows of the pledges {@code pledgeIds} (SQL selecting ids, or {@code ?1} for one id, with
     * {@code param} as ?1). Taken before the pledges are locked, whenever an event of them may be withheld: a
     * member's announcement (which locks the member, then its pledges) then either committed first, and the
     * members read after this lock are announced, or waits until this transaction has committed what it withheld.
     */
    public void lockMembers(String pledgeIds, Object param) {
        em.createNativeQuery("select m.code from member m where m.code in (select p.member_code from pledge p where p.id in ("
                + pledgeIds + ") union select s.member_code from pledge_share s where s.pledge_id in (" + pledgeIds
                + ")) order by m.code for share").setParameter(1, param).getResultList();
    }

    /** Published when the pledge is public, else withheld (in order) until its members are all announced. */
    private <T> void publicEvent(Pledge p, EventType<T> type, T data) {
        if (isPublic(p)) {
            publish(p, type, data);
            return;
        }
        if (p.sealed) {
            throw new IllegalStateException("a sealed pledge must not publish " + type);
        }
        WithheldEvent withheld = new WithheldEvent();
        withheld.pledgeId = p.id;
        withheld.eventType = type.type();
        try {
            withheld.data = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        withheld.withheldAt = OffsetDateTime.now(clock);
        withheld.persist();
    }

    /**
     * A member was announced: every pledge of it (led, or with a share of it) that withheld events and is public
     * now (announced or later, not sealed, every member announced) publishes them in the order they happened, and
     * they are deleted in this transaction, so a second announcement of the member publishes nothing again. The
     * pledge row is locked first, so a transition of it running meanwhile either withheld its event before (and it
     * is published here) or sees the member announced (and publishes it itself); member statuses are read from the
     * database after that lock, so two members of a joint pledge announced at once cannot both miss it.
     */
    void onMemberAnnounced(@Observes MemberAnnounced announced) {
        em.flush(); // the member's new status, for the queries below
        @SuppressWarnings("unchecked")
        List<String> pledgeIds = em.createNativeQuery("""
                select w.pledge_id from pledge_withheld_event w join pledge p on p.id = w.pledge_id
                where p.member_code = ?1 or exists (select 1 from pledge_share s where s.pledge_id = p.id and s.member_code = ?1)
                group by w.pledge_id order by min(w.id)""").setParameter(1, announced.code()).getResultList();
        int published = 0;
        for (String pledgeId : pledgeIds) {
            Pledge p = Pledge.findById(pledgeId, LockModeType.PESSIMISTIC_WRITE);
            if (p == null || p.sealed || !PledgeStatus.PUBLIC.contains(p.status) || unannouncedMembers(p) > 0) {
                continue;
            }
            for (WithheldEvent withheld : WithheldEvent.of(p.id)) {
                republish(p, WITHHOLDABLE.get(withheld.eventType), withheld.data);
                withheld.delete();
                published++;
            }
        }
        if (published > 0) {
            LOG.infof("member announced: %d withheld pledge events published", published);
        }
    }

    private <T> void republish(Pledge p, EventType<T> type, String data) {
        try {
            publish(p, type, json.readValue(data, type.dataClass()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a withheld " + type + " of " + p.id + " cannot be read back", e);
        }
    }

    /** Members of the pledge (lead and shares) not announced, read from the database (not the session). */
    private long unannouncedMembers(Pledge p) {
        return ((Number) em.createNativeQuery("""
                select count(*) from member m where m.status <> 'announced'
                and (m.code = ?1 or m.code in (select s.member_code from pledge_share s where s.pledge_id = ?2))""")
                .setParameter(1, p.memberCode).setParameter(2, p.id).getSingleResult()).longValue();
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

    /** The shares with their members' codes: for the public events, published only once all are announced. */
    private static List<MemberShare> namedShares(Pledge p) {
        if (p.jointLabel == null) {
            return null;
        }
        return PledgeShare.of(p.id).stream().map(s -> new MemberShare(s.memberCode, text(s.amount), s.currency)).toList();
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
