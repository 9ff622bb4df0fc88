package org.iccsp.pledge.announcement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iccsp.pledge.announcement.domain.AnnouncementStatus;
import org.iccsp.pledge.announcement.domain.Languages;
import org.iccsp.platform.web.Problem;
import org.iccsp.platform.web.ProblemException;

/**
 * An announcement, the aggregate: the embargoes it releases, the confidential members it reveals and the
 * communiqué, released together once two different admins approved the same version. Its lifecycle:
 * draft → ready (every part checked sealed and complete) → approved (a first admin, then a different second one, of
 * the same content digest) → released (at {@code releaseAt}, or when an admin fires its trigger), or withdrawn
 * before that. Any change voids the approvals and takes it back to draft. Each method refuses what its state does
 * not allow (409) before it changes anything.
 */
@Entity
@Table(name = "announcement")
public class Announcement extends PanacheEntityBase {
    @Id
    public String id;

    /** An {@link AnnouncementStatus} code. */
    @Column(nullable = false)
    public String status;

    @Column(name = "authoritative_language", nullable = false)
    public String authoritativeLanguage;

    @Column(name = "release_at")
    public OffsetDateTime releaseAt;

    /** The named trigger an admin fires, e.g. "ceasefire-announced". */
    @Column(name = "trigger_name")
    public String trigger;

    /** The content's revision: bumped by every change, part of the digest approvals are given for. */
    @Column(nullable = false)
    public int revision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "announcement_text", joinColumns = @JoinColumn(name = "announcement_id"))
    @MapKeyColumn(name = "language")
    public Map<String, CommuniqueText> texts = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "announcement_embargo", joinColumns = @JoinColumn(name = "announcement_id"))
    @Column(name = "embargo_id")
    public Set<String> embargoIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "announcement_member", joinColumns = @JoinColumn(name = "announcement_id"))
    @Column(name = "member_code")
    public Set<String> memberCodes = new HashSet<>();

    @Column(name = "ready_at")
    public OffsetDateTime readyAt;

    @Column(name = "first_approved_by")
    public String firstApprovedBy;

    @Column(name = "first_approver_name")
    public String firstApproverName;

    /** The content digest the first admin approved; the second must approve the same. */
    @Column(name = "first_approved_digest")
    public String firstApprovedDigest;

    @Column(name = "first_approved_at")
    public OffsetDateTime firstApprovedAt;

    @Column(name = "second_approved_by")
    public String secondApprovedBy;

    @Column(name = "second_approver_name")
    public String secondApproverName;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "released_at")
    public OffsetDateTime releasedAt;

    @Column(name = "released_by")
    public String releasedBy;

    /** The pledges its release announced (the answer a repeated release gives again). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "released_pledge_ids", columnDefinition = "text[]")
    public String[] releasedPledgeIds;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** What an approval was given for, in order: the first, then the second (a different admin). */
    public enum Approval { FIRST, SECOND }

    /** The content of an announcement, as drafted or changed (null components of a change keep their value). */
    public record Content(Map<String, CommuniqueText> texts, String authoritativeLanguage, OffsetDateTime releaseAt,
            String trigger, Set<String> embargoIds, Set<String> memberCodes) {
    }

    /** A new draft; {@code content} must name the authoritative language and give its text. */
    public static Announcement draft(String id, Content content, String actor, OffsetDateTime now) {
        Announcement a = new Announcement();
        a.id = id;
        a.status = AnnouncementStatus.DRAFT.code();
        a.createdBy = actor;
        a.createdAt = now;
        a.updatedAt = now;
        a.revision = 1;
        a.apply(content, now);
        return a;
    }

    public AnnouncementStatus state() {
        return AnnouncementStatus.of(status);
    }

    /**
     * Changes the content (null components keep theirs): allowed until released or withdrawn. Voids the approvals
     * and takes it back to draft, so that nobody releases what was not approved.
     */
    public void change(Content content, OffsetDateTime now) {
        requireState("change", AnnouncementStatus.DRAFT, AnnouncementStatus.READY, AnnouncementStatus.APPROVED);
        apply(content, now);
        revision++;
        voidApprovals();
        readyAt = null;
        status = AnnouncementStatus.DRAFT.code();
        updatedAt = now;
    }

    private void apply(Content content, OffsetDateTime now) {
        Map<String, CommuniqueText> newTexts = content.texts() != null ? content.texts() : texts;
        String authoritative = content.authoritativeLanguage() != null ? content.authoritativeLanguage()
                : authoritativeLanguage;
        for (String language : newTexts.keySet()) {
            if (!Languages.isKnown(language)) {
                throw ProblemException.invalid("texts." + language, "must be one of en, fr, ar, he");
            }
        }
        if (!Languages.isKnown(authoritative)) {
            throw ProblemException.invalid("authoritativeLanguage", "must be one of en, fr, ar, he");
        }
        if (!newTexts.containsKey(authoritative)) {
            throw ProblemException.unprocessable("authoritativeLanguage",
                    "the communiqué must be given in its authoritative language (" + authoritative + ")");
        }
        if (content.releaseAt() != null && !content.releaseAt().isAfter(now)) {
            throw ProblemException.invalid("releaseAt", "must be in the future");
        }
        texts.clear();
        texts.putAll(newTexts);
        authoritativeLanguage = authoritative;
        if (content.releaseAt() != null) {
            releaseAt = content.releaseAt();
        }
        if (content.trigger() != null) {
            trigger = content.trigger();
        }
        if (content.embargoIds() != null) {
            embargoIds.clear();
            embargoIds.addAll(content.embargoIds());
        }
        if (content.memberCodes() != null) {
            memberCodes.clear();
            memberCodes.addAll(content.memberCodes());
        }
    }

    /**
     * draft (or ready, to confirm again: the approvals are voided) → ready, once its parts were checked: {@code problems}
     * (field → what is wrong) must be empty, else 422 naming each and nothing changes. It also needs a release time
     * or a trigger, and a part to release.
     */
    public void markReady(Map<String, String> problems, OffsetDateTime now) {
        requireState("mark ready", AnnouncementStatus.DRAFT, AnnouncementStatus.READY);
        Map<String, String> all = new java.util.LinkedHashMap<>(problems);
        if (releaseAt == null && (trigger == null || trigger.isBlank())) {
            all.put("releaseAt", "a release time or a trigger is needed before it is ready");
        } else if (releaseAt != null && !releaseAt.isAfter(now)) {
            all.put("releaseAt", "the release time has passed: choose a later one");
        }
        if (embargoIds.isEmpty() && memberCodes.isEmpty()) {
            all.put("embargoIds", "an announcement needs an embargo to release or a member to reveal");
        }
        if (!all.isEmpty()) {
            List<Problem.FieldError> errors = new ArrayList<>();
            all.forEach((field, message) -> errors.add(new Problem.FieldError(field, message)));
            throw new ProblemException(new Problem(Problem.of(422, "Not ready", "").type(), "Not ready", 422,
                    "the announcement is not complete: " + String.join("; ", all.values()), null, errors));
        }
        voidApprovals();
        status = AnnouncementStatus.READY.code();
        readyAt = now;
        updatedAt = now;
    }

    /**
     * An admin's approval of the content whose digest is {@code digest}. The first approval records it; the second
     * must come from a different admin and be for the same digest (409 otherwise), and makes it approved.
     */
    public Approval approve(String admin, String adminName, String digest, OffsetDateTime now) {
        if (state() == AnnouncementStatus.APPROVED) {
            throw ProblemException.conflict("the announcement is already approved by two admins");
        }
        requireState("approve", AnnouncementStatus.READY);
        if (firstApprovedBy == null) {
            firstApprovedBy = admin;
            firstApproverName = adminName;
            firstApprovedDigest = digest;
            firstApprovedAt = now;
            updatedAt = now;
            return Approval.FIRST;
        }
        if (firstApprovedBy.equals(admin)) {
            throw ProblemException.conflict("you approved this announcement already: a second, different admin must approve it");
        }
        if (!firstApprovedDigest.equals(digest)) {
            throw ProblemException.conflict("its parts changed since the first approval (a pledge was sealed or withdrawn"
                    + " under one of its embargoes): mark it ready again and approve it again");
        }
        secondApprovedBy = admin;
        secondApproverName = adminName;
        approvedAt = now;
        status = AnnouncementStatus.APPROVED.code();
        updatedAt = now;
        return Approval.SECOND;
    }

    /**
     * approved → released, with {@code digest} the content's current digest (409 if it is not the one approved).
     * A released announcement is not released again: callers answer what its release did.
     */
    public void release(String actor, String digest, OffsetDateTime now) {
        switch (state()) {
            case RELEASED -> throw ProblemException.conflict("the announcement was already released");
            case WITHDRAWN -> throw ProblemException.conflict("the announcement was withdrawn: it cannot be released");
            case DRAFT, READY -> throw ProblemException.conflict(
                    "the announcement is not approved yet: two different admins must approve it first");
            case APPROVED -> {
            }
        }
        if (!digest.equals(firstApprovedDigest)) {
            throw ProblemException.conflict("its parts changed since it was approved (a pledge was sealed or withdrawn"
                    + " under one of its embargoes): mark it ready and approve it again");
        }
        status = AnnouncementStatus.RELEASED.code();
        releasedAt = now;
        releasedBy = actor;
        updatedAt = now;
    }

    /** Any state before released → withdrawn, with a reason. Its parts are free again. */
    public void withdraw(String actor, String reason, OffsetDateTime now) {
        requireState("withdraw", AnnouncementStatus.DRAFT, AnnouncementStatus.READY, AnnouncementStatus.APPROVED);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "a reason is required to withdraw an announcement");
        }
        status = AnnouncementStatus.WITHDRAWN.code();
        withdrawnAt = now;
        withdrawnBy = actor;
        withdrawalReason = reason.strip();
        updatedAt = now;
    }

    /** Approved, with a release time that has come. */
    public boolean isDue(OffsetDateTime now) {
        return state() == AnnouncementStatus.APPROVED && releaseAt != null && !releaseAt.isAfter(now);
    }

    public boolean isReleased() {
        return state() == AnnouncementStatus.RELEASED;
    }

    /** The communiqué's title in its authoritative language. */
    public String title() {
        CommuniqueText text = texts.get(authoritativeLanguage);
        return text == null ? id : text.title;
    }

    private void voidApprovals() {
        firstApprovedBy = null;
        firstApproverName = null;
        firstApprovedDigest = null;
        firstApprovedAt = null;
        secondApprovedBy = null;
        secondApproverName = null;
        approvedAt = null;
    }

    private void requireState(String action, AnnouncementStatus... allowed) {
        for (AnnouncementStatus s : allowed) {
            if (state() == s) {
                return;
            }
        }
        throw ProblemException.conflict("cannot " + action + " an announcement that is " + status);
    }
}
