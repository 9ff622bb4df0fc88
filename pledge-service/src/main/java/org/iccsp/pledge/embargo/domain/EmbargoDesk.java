package org.iccsp.pledge.embargo.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iccsp.pledge.embargo.messaging.EmbargoEvents;
import org.iccsp.pledge.embargo.persistence.Embargo;
import org.iccsp.pledge.pledge.domain.PledgeBook;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.pledge.pledge.messaging.PledgeEvents;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.audit.AuditLog;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.ProblemException;

/** Embargoes and their release: all pledges under one become announced together, or none does. */
@ApplicationScoped
public class EmbargoDesk {
    private final PledgeEvents pledgeEvents;
    private final EmbargoEvents embargoEvents;
    private final Clock clock;
    private final AuditLog audit;
    private final Instance<EmbargoHolders> holders;

    public EmbargoDesk(PledgeEvents pledgeEvents, EmbargoEvents embargoEvents, Clock clock, AuditLog audit,
            Instance<EmbargoHolders> holders) {
        this.pledgeEvents = pledgeEvents;
        this.embargoEvents = embargoEvents;
        this.clock = clock;
        this.audit = audit;
        this.holders = holders;
    }

    public record Release(Embargo embargo, List<String> announcedPledges) {
    }

    @Transactional
    public Embargo create(String name, OffsetDateTime releaseAt, String actor) {
        if (Embargo.count("name", name) > 0) {
            throw ProblemException.conflict("an embargo named " + name + " already exists");
        }
        Embargo e = Embargo.seal("embargo-" + UUID.randomUUID(), name, releaseAt, actor, OffsetDateTime.now(clock));
        e.persist();
        return e;
    }

    /** Where a page of embargoes continues: after the embargo created at {@code createdAt} with {@code id}. */
    public record Position(OffsetDateTime createdAt, String id) {
    }

    /** Up to {@code limit + 1} embargoes, newest first, those after {@code after} (null: from the newest). */
    public List<Embargo> page(int limit, Position after) {
        if (after == null) {
            return Embargo.find("order by createdAt desc, id desc").page(0, limit + 1).list();
        }
        return Embargo.find("createdAt < ?1 or (createdAt = ?1 and id < ?2) order by createdAt desc, id desc",
                after.createdAt(), after.id()).page(0, limit + 1).list();
    }

    /**
     * An embargo's ETag for a representation with {@code sealedPledges} (admins') or without it (null): an admin's
     * tag changes when a pledge is sealed under it or leaves it; anyone else's does not, so that it tells nobody
     * else of sealed pledges.
     */
    public static String tag(Embargo e, Long sealedPledges) {
        return EntityTags.ofParts("embargo", e.id, e.version, sealedPledges);
    }

    public Embargo get(String id) {
        Embargo e = Embargo.findById(id);
        if (e == null) {
            throw ProblemException.notFound("embargo", id);
        }
        return e;
    }

    /**
     * Up to {@code limit + 1} pledges of the embargo, newest first, those after {@code after} (null: from the newest):
     * while it is sealed, those waiting under it; once released, those its release announced (whatever became of them
     * since). A pledge withdrawn while sealed is in neither: it was never announced.
     */
    public List<Pledge> pledges(Embargo embargo, int limit, PledgeBook.Position after) {
        String which = embargo.isSealed() ? "p.embargoId = ?1 and p.sealed = true and p.status = ?2"
                : "p.embargoId = ?1 and exists (select 1 from PledgeAudit a where a.pledgeId = p.id and a.action = 'release')";
        Object[] parameters = embargo.isSealed() ? new Object[] {embargo.id, PledgeStatus.SUBMITTED} : new Object[] {embargo.id};
        String order = " order by p.createdAt desc, p.id desc";
        if (after == null) {
            return Pledge.<Pledge>find("from Pledge p where " + which + order, parameters).page(0, limit + 1).list();
        }
        int next = parameters.length + 1;
        Object[] all = java.util.Arrays.copyOf(parameters, parameters.length + 2);
        all[next - 1] = after.createdAt();
        all[next] = after.id();
        return Pledge.<Pledge>find("from Pledge p where " + which + " and (p.createdAt < ?" + next + " or (p.createdAt = ?" + next
                + " and p.id < ?" + (next + 1) + "))" + order, all).page(0, limit + 1).list();
    }

    public static long sealedPledges(String embargoId) {
        return Pledge.count("embargoId = ?1 and sealed = true and status = ?2", embargoId, PledgeStatus.SUBMITTED);
    }

    /**
     * Announces every submitted pledge sealed under the embargo and publishes one announced event per
     * pledge plus the embargo's released event, all in this one transaction. The embargo row is
     * locked first: a submission under it waits, and a second release finds it released (409). Who
     * released it and which pledges it announced go to the audit log in the same transaction. {@code ifMatch}
     * (optional; null from the clock) is checked against the admin's tag once the embargo is locked: 412 when it
     * was released, or pledges were sealed under it or withdrawn, since that view.
     */
    @Transactional
    public Release release(String id, AuditActor releasedBy, String ifMatch) {
        return release(id, releasedBy, ifMatch, null);
    }

    /**
     * The release of an embargo that is part of the announcement {@code announcementId}, in the announcement's
     * transaction (an embargo held by a pending announcement is released by nothing else: 409).
     */
    @Transactional
    public Release releaseWith(String id, AuditActor releasedBy, String announcementId) {
        return release(id, releasedBy, null, announcementId);
    }

    private Release release(String id, AuditActor releasedBy, String ifMatch, String announcementId) {
        String actor = releasedBy.subject();
        Embargo embargo = Embargo.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (embargo == null) {
            throw ProblemException.notFound("embargo", id);
        }
        EntityTags.checkIfMatch(ifMatch, tag(embargo, sealedPledges(embargo.id)), false);
        for (EmbargoHolders h : holders) {
            h.heldBy(embargo.id).filter(holder -> !holder.equals(announcementId)).ifPresent(holder -> {
                throw ProblemException.conflict("embargo " + embargo.name
                        + " is part of an announcement: it is released with the announcement, not by itself");
            });
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        embargo.release(actor, now);
        // the members first, then the pledges: the order a member's announcement takes (PledgeEvents)
        pledgeEvents.lockMembers("select id from pledge where embargo_id = ?1 and sealed = true", embargo.id);
        List<Pledge> pledges = Pledge.find("embargoId = ?1 and sealed = true and status = ?2 order by id",
                embargo.id, PledgeStatus.SUBMITTED).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Pledge p : pledges) {
            p.announceOnRelease(now);
            PledgeBook.audit(p, "release", PledgeStatus.SUBMITTED, actor, releasedBy.name(), "embargo " + embargo.name + " released");
            pledgeEvents.announced(p);
        }
        // outsiders hear of the public pledges only: a confidential member's pledge is not even counted
        embargoEvents.released(embargo, (int) pledges.stream().filter(PledgeEvents::isPublic).count());
        List<String> announced = pledges.stream().map(p -> p.id).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", embargo.name);
        details.put("pledgeIds", announced);
        audit.record(releasedBy, "embargo.released", "embargo", embargo.id, details);
        return new Release(embargo, announced);
    }

    /** Sealed embargoes whose release time has come. */
    public List<String> due() {
        return Embargo.<Embargo>list("status = 'sealed' and releaseAt <= ?1", OffsetDateTime.now(clock))
                .stream().map(e -> e.id).toList();
    }
}
