package org.iccsp.pledge.announcement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.iccsp.pledge.announcement.messaging.AnnouncementEvents;
import org.iccsp.pledge.announcement.persistence.Announcement;
import org.iccsp.pledge.announcement.persistence.CommuniqueText;
import org.iccsp.pledge.embargo.domain.EmbargoDesk;
import org.iccsp.pledge.embargo.domain.EmbargoHolders;
import org.iccsp.pledge.embargo.persistence.Embargo;
import org.iccsp.pledge.member.domain.MemberRegistry;
import org.iccsp.pledge.member.domain.MembershipStatus;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.pledge.pledge.domain.PledgeVisibility;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.audit.AuditLog;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.ProblemException;

/**
 * Announcements: preparing them (admins), their lifecycle, who may know of them, and their release as one act. The
 * release, in one transaction, reveals the members (whose withheld pledge events then go out), releases the
 * embargoes (one announced event per public pledge) and publishes one {@code announcement.released} event.
 *
 * <p>Before release an announcement is known to admins and, each for its own part only, to the governments whose
 * pledges or membership it holds; to anyone else it does not exist (404, in no list, in no feed, on no topic).
 */
@ApplicationScoped
public class AnnouncementDesk implements EmbargoHolders {
    public static final String CLOCK_ACTOR = "announcement-clock";
    private static final String PENDING = "('draft', 'ready', 'approved')";

    private final EmbargoDesk embargoes;
    private final MemberRegistry members;
    private final AnnouncementEvents events;
    private final AuditLog audit;
    private final Clock clock;
    private final EntityManager em;

    public AnnouncementDesk(EmbargoDesk embargoes, MemberRegistry members, AnnouncementEvents events, AuditLog audit,
            Clock clock, EntityManager em) {
        this.embargoes = embargoes;
        this.members = members;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.em = em;
    }

    /** What a release did: the pledges it announced; {@code now} false when it had happened before (nothing redone). */
    public record Release(Announcement announcement, List<String> pledgeIds, boolean now) {
    }

    /** A government's part of an announcement: its pledges in it, and whether its own membership is revealed. */
    public record Part(String memberCode, List<String> pledgeIds, boolean membership) {
        public boolean isEmpty() {
            return pledgeIds.isEmpty() && !membership;
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // ---- preparing (admins) ----

    @Transactional
    public Announcement create(AnnouncementCommands.Content content, AuditActor actor) {
        String id = "announcement-" + UUID.randomUUID();
        checkParts(id, content);
        Announcement a = Announcement.draft(id, toContent(content), actor.subject(), now());
        a.persist();
        audit.record(actor, "announcement.created", "announcement", a.id, Map.of("revision", a.revision));
        return a;
    }

    /** A change (If-Match required: 428 without, 412 when stale): voids the approvals, back to draft. */
    @Transactional
    public Announcement change(String id, AnnouncementCommands.Content content, AuditActor actor, String ifMatch) {
        Announcement a = lock(id);
        EntityTags.checkIfMatch(ifMatch, tag(a), true);
        checkParts(id, content);
        a.change(toContent(content), now());
        audit.record(actor, "announcement.changed", "announcement", a.id, Map.of("revision", a.revision));
        return a;
    }

    /** ready, approve (If-Match required), withdraw; release is {@link #release}. */
    @Transactional
    public Announcement transition(String id, AnnouncementCommands.Action action, String reason, AuditActor actor,
            String ifMatch) {
        Announcement a = lock(id);
        EntityTags.checkIfMatch(ifMatch, tag(a), action == AnnouncementCommands.Action.APPROVE);
        switch (action) {
            case READY -> {
                a.markReady(readinessProblems(a), now());
                audit.record(actor, "announcement.ready", "announcement", a.id, Map.of("revision", a.revision));
            }
            case APPROVE -> {
                Announcement.Approval approval = a.approve(actor.subject(), actor.name(), digest(a), now());
                audit.record(actor, "announcement.approved", "announcement", a.id,
                        Map.of("approval", approval.name().toLowerCase(Locale.ROOT), "revision", a.revision));
            }
            case WITHDRAW -> {
                a.withdraw(actor.subject(), reason, now());
                audit.record(actor, "announcement.withdrawn", "announcement", a.id, Map.of("reason", a.withdrawalReason));
            }
            case RELEASE -> throw new IllegalArgumentException("release goes through release()");
        }
        return a;
    }

    // ---- release: one act ----

    /**
     * Releases the announcement: reveals its members, releases its embargoes (announcing their sealed pledges) and
     * publishes {@code announcement.released}, all in this transaction, or nothing. The announcement row is locked
     * first, so a second release (a retry, another replica's clock, a trigger) waits and then finds it released: it
     * answers what the first did and publishes nothing ({@code now} false). {@code ifMatch} optional (412 if stale).
     */
    @Transactional
    public Release release(String id, AuditActor actor, String ifMatch) {
        Announcement a = lock(id);
        if (a.isReleased()) {
            return new Release(a, List.of(a.releasedPledgeIds), false);
        }
        EntityTags.checkIfMatch(ifMatch, tag(a), false);
        String digest = digest(a);
        a.release(actor.subject(), digest, now());
        // members first: a pledge of a member revealed here is then public when its embargo announces it
        List<String> revealed = new ArrayList<>(new TreeSet<>(a.memberCodes));
        for (String code : revealed) {
            members.update(code, new MemberRegistry.Change(null, null, MembershipStatus.ANNOUNCED), actor, "*");
        }
        List<String> embargoIds = new ArrayList<>(new TreeSet<>(a.embargoIds));
        List<String> pledgeIds = new ArrayList<>();
        for (String embargoId : embargoIds) {
            pledgeIds.addAll(embargoes.releaseWith(embargoId, actor, a.id).announcedPledges());
        }
        a.releasedPledgeIds = pledgeIds.toArray(String[]::new);
        events.released(a, embargoIds, pledgeIds, revealed);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("embargoIds", embargoIds);
        details.put("pledgeIds", pledgeIds);
        details.put("revealedMembers", revealed);
        audit.record(actor, "announcement.released", "announcement", a.id, details);
        return new Release(a, pledgeIds, true);
    }

    /** An admin fires a named trigger: every approved announcement waiting for it is released (409 if none waits). */
    @Transactional
    public List<Release> fire(String trigger, AuditActor actor) {
        // ids only: the rows are read (and locked) by the release, not from a copy loaded before another release
        List<String> waiting = em.createQuery("select a.id from Announcement a where a.status = 'approved'"
                + " and a.trigger = :trigger order by a.id", String.class).setParameter("trigger", trigger).getResultList();
        if (waiting.isEmpty()) {
            throw ProblemException.conflict("no approved announcement waits for the trigger " + trigger
                    + " (already released, or not approved yet)");
        }
        List<Release> released = new ArrayList<>();
        for (String id : waiting) {
            released.add(release(id, actor, null));
        }
        return released;
    }

    /** Approved announcements whose release time has come. */
    public List<String> due() {
        return em.createQuery("select a.id from Announcement a where a.status = 'approved' and a.releaseAt <= :now"
                + " order by a.id", String.class).setParameter("now", now()).getResultList();
    }

    // ---- who may know of it ----

    /** The announcement if the caller may know of it; 404 (exactly like an unknown id) otherwise. */
    public Announcement visibleTo(Caller caller, String id) {
        Announcement a = Announcement.findById(id);
        if (a == null || !(caller.isAdmin() || a.isReleased() || !partOf(caller, a).isEmpty()
                && a.state().isPending())) {
            throw ProblemException.notFound("announcement", id);
        }
        return a;
    }

    /** The caller's own part of it (a government's pledges and membership in it); empty for anyone else. */
    public Part partOf(Caller caller, Announcement a) {
        if (!caller.hasRole(Caller.GOVERNMENT) || caller.governmentCode().isEmpty()) {
            return new Part(null, List.of(), false);
        }
        String code = caller.governmentCode().get().toUpperCase(Locale.ROOT);
        List<String> own = pledgesOf(a).stream().filter(p -> PledgeVisibility.membersOf(p).contains(code))
                .map(p -> p.id).toList();
        return new Part(code, own, a.memberCodes.contains(code));
    }

    /** Where a page continues: after the announcement created at {@code createdAt} with {@code id}. */
    public record Position(OffsetDateTime createdAt, String id) {
    }

    /**
     * A page of the announcements the caller may know of, newest first: admins all; anyone else the released
     * ones, and a government also the pending ones holding its pledges or its membership.
     */
    @SuppressWarnings("unchecked")
    public List<Announcement> page(Caller caller, int limit, Position after) {
        StringBuilder sql = new StringBuilder("select a.id from announcement a where ");
        Map<String, Object> params = new LinkedHashMap<>();
        if (caller.isAdmin()) {
            sql.append("true");
        } else if (caller.hasRole(Caller.GOVERNMENT) && caller.governmentCode().isPresent()) {
            sql.append("(a.status = 'released' or (a.status in ").append(PENDING).append(" and (exists (select 1 from"
                    + " announcement_member m where m.announcement_id = a.id and m.member_code = :own) or exists (select 1"
                    + " from announcement_embargo e join pledge p on p.embargo_id = e.embargo_id and p.sealed and"
                    + " p.status = 'submitted' where e.announcement_id = a.id and (p.member_code = :own or exists"
                    + " (select 1 from pledge_share s where s.pledge_id = p.id and s.member_code = :own))))))");
            params.put("own", caller.governmentCode().get().toUpperCase(Locale.ROOT));
        } else {
            sql.append("a.status = 'released'");
        }
        if (after != null) {
            sql.append(" and (a.created_at < :at or (a.created_at = :at and a.id < :id))");
            params.put("at", after.createdAt());
            params.put("id", after.id());
        }
        sql.append(" order by a.created_at desc, a.id desc limit :limit");
        params.put("limit", limit + 1);
        var query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<String> ids = query.getResultList();
        List<Announcement> rows = new ArrayList<>();
        for (String id : ids) {
            rows.add(Announcement.findById(id));
        }
        return rows;
    }

    /** Released announcements, the latest release first (the feed). */
    public List<Announcement> released(int limit) {
        return Announcement.find("status = 'released' order by releasedAt desc, id desc").page(0, limit).list();
    }

    // ---- what it holds ----

    /** Its pledges: before release those sealed under its embargoes now; after, those its release announced. */
    public static List<Pledge> pledgesOf(Announcement a) {
        if (a.isReleased()) {
            return a.releasedPledgeIds == null || a.releasedPledgeIds.length == 0 ? List.of()
                    : Pledge.list("id in ?1 order by id", List.of(a.releasedPledgeIds));
        }
        if (a.embargoIds.isEmpty()) {
            return List.of();
        }
        return Pledge.list("embargoId in ?1 and sealed = true and status = ?2 order by id", a.embargoIds,
                PledgeStatus.SUBMITTED);
    }

    /** The digest of what is approved: the content's revision, its parts and the pledges sealed under them now. */
    public static String digest(Announcement a) {
        return EntityTags.ofParts("announcement-content", a.id, a.revision, new TreeSet<>(a.embargoIds),
                new TreeSet<>(a.memberCodes), pledgesOf(a).stream().map(p -> p.id).toList());
    }

    /** An admin's ETag: its row version and content digest (so a pledge sealed under one of its embargoes moves it). */
    public static String tag(Announcement a) {
        return EntityTags.ofParts("announcement", a.id, a.version, digest(a));
    }

    /** The ETag of the representation the caller gets: a government's tag digests only its own part. */
    public String tagFor(Caller caller, Announcement a) {
        if (caller.isAdmin()) {
            return tag(a);
        }
        if (a.isReleased()) {
            return EntityTags.ofParts("announcement-released", a.id, a.version);
        }
        Part part = partOf(caller, a);
        return EntityTags.ofParts("announcement-part", a.id, a.releaseAt, a.trigger, part.pledgeIds(), part.membership());
    }

    @Override
    public Optional<String> heldBy(String embargoId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select a.id from announcement a join announcement_embargo e on"
                + " e.announcement_id = a.id where e.embargo_id = ?1 and a.status in " + PENDING)
                .setParameter(1, embargoId).getResultList();
        return ids.stream().findFirst();
    }

    // ---- checks ----

    private Announcement lock(String id) {
        Announcement a = Announcement.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw ProblemException.notFound("announcement", id);
        }
        return a;
    }

    /**
     * Every embargo named must exist, be sealed and be in no other pending announcement; every member must exist, be
     * confidential and be revealed by no other pending announcement (422 naming the part). The rows are locked, so
     * two announcements prepared at once cannot both take the same part.
     */
    private void checkParts(String self, AnnouncementCommands.Content content) {
        if (content.embargoIds() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < content.embargoIds().size(); i++) {
                String field = "embargoIds[" + i + "]";
                String id = content.embargoIds().get(i);
                if (id == null || !seen.add(id)) {
                    throw ProblemException.invalid(field, id == null ? "must not be null" : "is listed twice");
                }
                Embargo e = Embargo.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (e == null) {
                    throw ProblemException.unprocessable(field, "unknown embargo " + id);
                }
                if (!e.isSealed()) {
                    throw ProblemException.unprocessable(field, "the embargo " + e.name
                            + " was already released: its pledges are public");
                }
                if (heldBy(id).filter(holder -> !holder.equals(self)).isPresent()) {
                    throw ProblemException.unprocessable(field, "the embargo " + e.name
                            + " belongs to another announcement: withdraw it there first");
                }
            }
        }
        if (content.memberCodes() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < content.memberCodes().size(); i++) {
                String field = "memberCodes[" + i + "]";
                String code = content.memberCodes().get(i);
                if (code == null || !seen.add(code)) {
                    throw ProblemException.invalid(field, code == null ? "must not be null" : "is listed twice");
                }
                Member m = Member.findById(code, LockModeType.PESSIMISTIC_WRITE);
                if (m == null) {
                    throw ProblemException.unprocessable(field, "unknown member " + code);
                }
                if (!m.isConfidential()) {
                    throw ProblemException.unprocessable(field, "member " + code + " is " + m.status
                            + ": only a confidential member's participation is revealed by an announcement");
                }
                @SuppressWarnings("unchecked")
                List<String> holders = em.createNativeQuery("select a.id from announcement a join announcement_member m"
                        + " on m.announcement_id = a.id where m.member_code = ?1 and a.status in " + PENDING
                        + " and a.id <> ?2").setParameter(1, code).setParameter(2, self).getResultList();
                if (!holders.isEmpty()) {
                    throw ProblemException.unprocessable(field, "member " + code
                            + " is revealed by another announcement: withdraw it there first");
                }
            }
        }
    }

    /**
     * What keeps it from being ready: an embargo no longer sealed or sealing no pledge, a member no longer
     * confidential, a pledge with a member that is neither announced nor revealed by it (it would stay hidden).
     */
    private Map<String, String> readinessProblems(Announcement a) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> embargoIds = new ArrayList<>(new TreeSet<>(a.embargoIds));
        for (int i = 0; i < embargoIds.size(); i++) {
            Embargo e = Embargo.findById(embargoIds.get(i));
            if (e == null || !e.isSealed()) {
                problems.put("embargoIds[" + i + "]", "an embargo is no longer sealed");
            } else if (EmbargoDesk.sealedPledges(e.id) == 0) {
                problems.put("embargoIds[" + i + "]", "the embargo " + e.name + " seals no pledge yet");
            }
        }
        List<String> codes = new ArrayList<>(new TreeSet<>(a.memberCodes));
        for (int i = 0; i < codes.size(); i++) {
            Member m = Member.findById(codes.get(i));
            if (m == null || !m.isConfidential()) {
                problems.put("memberCodes[" + i + "]", "member " + codes.get(i) + " is no longer confidential");
            }
        }
        for (Pledge p : pledgesOf(a)) {
            for (String code : PledgeVisibility.membersOf(p)) {
                Member m = Member.findById(code);
                if ((m == null || !m.isAnnounced()) && !a.memberCodes.contains(code)) {
                    problems.put("memberCodes", "pledge " + p.id + " has a member (" + code
                            + ") that is not announced: reveal it in this announcement, or the pledge stays hidden");
                }
            }
        }
        return problems;
    }

    private static Announcement.Content toContent(AnnouncementCommands.Content c) {
        Map<String, CommuniqueText> texts = null;
        if (c.texts() != null) {
            texts = new LinkedHashMap<>();
            for (var e : c.texts().entrySet()) {
                texts.put(e.getKey(), new CommuniqueText(e.getValue().title().strip(), e.getValue().body().strip()));
            }
        }
        return new Announcement.Content(texts, c.authoritativeLanguage(), c.releaseAt(), c.trigger(),
                c.embargoIds() == null ? null : new HashSet<>(c.embargoIds()),
                c.memberCodes() == null ? null : new HashSet<>(c.memberCodes()));
    }
}
