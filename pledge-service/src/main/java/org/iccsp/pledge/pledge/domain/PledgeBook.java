package org.iccsp.pledge.pledge.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.pledge.pledge.domain.PledgeCommands.Draft;
import org.iccsp.pledge.pledge.domain.PledgeCommands.Revise;
import org.iccsp.pledge.pledge.domain.PledgeCommands.Share;
import org.iccsp.pledge.pledge.domain.PledgeCommands.Target;
import org.iccsp.pledge.pledge.domain.PledgeCommands.Transition;
import org.iccsp.pledge.pledge.messaging.PledgeEvents;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.pledge.pledge.persistence.PledgeAudit;
import org.iccsp.pledge.pledge.persistence.PledgeShare;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.ProblemException;

/** Creation, revision and the lifecycle of pledges, each change with its audit line and event. */
@ApplicationScoped
public class PledgeBook {
    private final PledgeEvents events;
    private final IdempotencyKeys idempotency;
    private final JointShares jointShares;
    private final SealingEmbargoes embargoes;
    private final ObjectMapper json;
    private final Clock clock;
    private final ActorNames actorNames;

    public PledgeBook(PledgeEvents events, IdempotencyKeys idempotency, JointShares jointShares,
            SealingEmbargoes embargoes, ObjectMapper json, Clock clock, ActorNames actorNames) {
        this.actorNames = actorNames;
        this.events = events;
        this.idempotency = idempotency;
        this.jointShares = jointShares;
        this.embargoes = embargoes;
        this.json = json;
        this.clock = clock;
    }

    /** The pledge, and whether it was created by this call (false: a retry of an earlier one). */
    public record Created(Pledge pledge, boolean created) {
    }

    @Transactional
    public Created create(Draft request, String idempotencyKey, Caller caller) {
        String memberCode = memberFor(request.memberCode(), caller);
        Money.checkCurrency("currency", request.currency());
        BigDecimal amount = Money.checkAmount("amount", request.amount(), request.currency());
        PledgeCommands.Classification classification = IatiCodes.check(request.classification(), IatiCodes.defaults());
        List<Share> shares = List.of();
        if (request.shares() != null && !request.shares().isEmpty()) {
            shares = jointShares.check(caller, memberCode, amount, request.currency(), request.valueDate(),
                    request.jointLabel(), request.shares());
        } else if (request.jointLabel() != null) {
            throw ProblemException.invalid("jointLabel", "only a joint pledge (with shares) has a joint label");
        }
        Optional<String> earlier = idempotency.claim(caller.subject(), idempotencyKey,
                IdempotencyKeys.hash(request, memberCode));
        if (earlier.isPresent()) {
            return new Created(Pledge.findById(earlier.get()), false);
        }
        OffsetDateTime now = now();
        Pledge p = new Pledge();
        p.id = "pledge-" + UUID.randomUUID();
        p.memberCode = memberCode;
        p.status = PledgeStatus.DRAFT;
        p.amount = amount;
        p.currency = request.currency();
        p.valueDate = request.valueDate();
        p.verticals = request.verticals().stream().map(Vertical::code).distinct().toArray(String[]::new);
        setTarget(p, request.target());
        p.eventId = request.eventId();
        p.notes = request.notes();
        p.newMoney = request.newMoney();
        p.financeType = classification.financeType();
        p.aidType = classification.aidType();
        p.flowType = classification.flowType();
        p.disbursedTotal = BigDecimal.ZERO.setScale(amount.scale());
        p.revision = 1;
        p.createdBy = caller.subject();
        p.createdAt = now;
        p.updatedAt = now;
        p.jointLabel = shares.isEmpty() ? null : request.jointLabel().strip();
        p.persist();
        for (Share share : shares) {
            PledgeShare row = new PledgeShare();
            row.pledgeId = p.id;
            row.memberCode = share.memberCode();
            row.amount = share.amount();
            row.currency = share.currency();
            row.persist();
        }
        audit(p, "create", null, caller.subject(), actorNames.current(), null);
        idempotency.bind(caller.subject(), idempotencyKey, p.id);
        return new Created(p, true);
    }

    /** The tag of a pledge's current version (its ETag). */
    public static String tag(Pledge p) {
        return EntityTags.ofVersion(p.version);
    }

    /**
     * Revises a draft; the previous values stay in the audit trail. {@code ifMatch} (optional) must name the
     * pledge's current version (412 otherwise), checked once the row is locked.
     */
    @Transactional
    public Pledge revise(String id, Revise request, Caller caller, String ifMatch) {
        Pledge p = lockVisible(id, caller);
        requireOwnerOrAdmin(p, caller);
        EntityTags.checkIfMatch(ifMatch, tag(p), false);
        p.requireStatus("revise", PledgeStatus.DRAFT);
        String previous = snapshot(p);
        String currency = request.currency() != null ? request.currency() : p.currency;
        Money.checkCurrency("currency", currency);
        BigDecimal amount = request.amount() != null ? request.amount() : p.amount;
        p.amount = Money.checkAmount(request.amount() != null ? "amount" : "currency", amount, currency);
        p.currency = currency;
        if (request.valueDate() != null) {
            p.valueDate = request.valueDate();
        }
        if (p.jointLabel != null) { // the shares must still add up to the revised amount
            List<Share> shares = PledgeShare.of(p.id).stream()
                    .map(s -> new Share(s.memberCode, s.amount, s.currency)).toList();
            jointShares.recheck(p.amount, p.currency, p.valueDate, shares);
        }
        if (request.verticals() != null) {
            p.verticals = request.verticals().stream().map(Vertical::code).distinct().toArray(String[]::new);
        }
        if (request.target() != null) {
            setTarget(p, request.target());
        }
        if (request.eventId() != null) {
            p.eventId = request.eventId().isBlank() ? null : request.eventId();
        }
        if (request.notes() != null) {
            p.notes = request.notes();
        }
        if (request.newMoney() != null) {
            p.newMoney = request.newMoney();
        }
        PledgeCommands.Classification classification = IatiCodes.check(request.classification(),
                new PledgeCommands.Classification(p.financeType, p.aidType, p.flowType));
        p.financeType = classification.financeType();
        p.aidType = classification.aidType();
        p.flowType = classification.flowType();
        p.revision++;
        p.updatedAt = now();
        PledgeAudit line = audit(p, "revise", PledgeStatus.DRAFT, caller.subject(), actorNames.current(), null);
        line.previous = previous;
        return p;
    }

    /** A lifecycle step; {@code ifMatch} (optional) as for {@link #revise}. */
    @Transactional
    public Pledge transition(String id, Transition request, Caller caller, String ifMatch) {
        Pledge p = lockVisible(id, caller);
        EntityTags.checkIfMatch(ifMatch, tag(p), false);
        PledgeStatus from = p.status;
        BigDecimal disbursed = null;
        switch (request.action()) {
            case SUBMIT -> submit(p, request, caller);
            case ANNOUNCE -> announce(p, caller);
            case COMMIT -> commit(p, caller);
            case DISBURSE -> disbursed = disburse(p, request, caller);
            case WITHDRAW -> withdraw(p, request, caller);
        }
        p.updatedAt = now();
        PledgeAudit line = audit(p, request.action().code(), from, caller.subject(), actorNames.current(), request.reason());
        if (request.action() == TransitionAction.DISBURSE) {
            line.amount = disbursed;
            line.occurredOn = request.date();
            line.recipient = request.recipient() == null || request.recipient().isBlank() ? p.targetRef
                    : request.recipient().strip();
        }
        return p;
    }

    private void submit(Pledge p, Transition request, Caller caller) {
        requireOwnerOrAdmin(p, caller);
        p.requireStatus("submit", PledgeStatus.DRAFT);
        String sealedUnder = null;
        if (request.embargoId() != null) {
            SealingEmbargoes.EmbargoState embargo = embargoes.lockForSealing(request.embargoId()).orElseThrow(() ->
                    ProblemException.invalid("embargoId", "unknown embargo " + request.embargoId()));
            if (!embargo.sealed()) {
                throw ProblemException.conflict("embargo " + embargo.name() + " has already been released");
            }
            sealedUnder = embargo.id();
        }
        p.submit(sealedUnder);
        if (!p.sealed) {
            events.submitted(p, caller.subject(), caller.email());
        }
    }

    private void announce(Pledge p, Caller caller) {
        caller.require(caller.isAdmin() || caller.hasRole(Caller.ORGANIZER)
                || caller.representsGovernment(p.memberCode), "only its government, organisers and admins announce a pledge");
        p.announce(now());
        events.announced(p);
    }

    private void commit(Pledge p, Caller caller) {
        requireOwnerOrAdmin(p, caller);
        p.commit();
        events.committed(p, caller.subject());
    }

    private BigDecimal disburse(Pledge p, Transition request, Caller caller) {
        requireOwnerOrAdmin(p, caller);
        BigDecimal amount = p.disburse(request.amount(), request.date(), LocalDate.now(clock));
        events.disbursed(p, amount, request.date());
        return amount;
    }

    private void withdraw(Pledge p, Transition request, Caller caller) {
        requireOwnerOrAdmin(p, caller);
        PledgeStatus previous = p.status;
        if (p.withdraw(request.reason())) {
            events.withdrawn(p, previous);
        }
    }

    public Pledge visibleTo(Caller caller, String id) {
        Pledge p = Pledge.findById(id);
        if (p == null || !PledgeVisibility.canSee(caller, p)) {
            throw ProblemException.notFound("pledge", id);
        }
        return p;
    }

    public List<Pledge> visibleTo(Caller caller, Filter filter) {
        PledgeVisibility.Condition visible = PledgeVisibility.condition(caller);
        StringBuilder hql = new StringBuilder("from Pledge p where ").append(visible.hql());
        Map<String, Object> params = new LinkedHashMap<>(visible.params());
        if (filter.memberCode() != null) {
            hql.append(" and p.memberCode = :member");
            params.put("member", filter.memberCode().toUpperCase(Locale.ROOT));
        }
        if (filter.status() != null) {
            hql.append(" and p.status = :status");
            params.put("status", filter.status());
        }
        if (filter.eventId() != null) {
            hql.append(" and p.eventId = :eventId");
            params.put("eventId", filter.eventId());
        }
        if (filter.vertical() != null) {
            hql.append(" and array_contains(p.verticals, :vertical)");
            params.put("vertical", filter.vertical().code());
        }
        if (filter.after() != null) {
            hql.append(" and (p.createdAt < :afterAt or (p.createdAt = :afterAt and p.id < :afterId))");
            params.put("afterAt", filter.after().createdAt());
            params.put("afterId", filter.after().id());
        }
        hql.append(" order by p.createdAt desc, p.id desc");
        return Pledge.find(hql.toString(), params).page(0, filter.limit() + 1).list();
    }

    /**
     * What to list: filters (null: any), the page size and where the page starts ({@code after}, null: the newest).
     * {@link #visibleTo(Caller, Filter)} answers up to {@code limit + 1} pledges: the extra one tells that more follow.
     */
    public record Filter(String memberCode, PledgeStatus status, String eventId, Vertical vertical, int limit,
            Position after) {
    }

    /** After the pledge created at {@code createdAt} with {@code id}, in the list's order (newest first). */
    public record Position(OffsetDateTime createdAt, String id) {
    }

    /**
     * A page of the audit trail of a pledge the caller may see (404 otherwise), oldest first: up to
     * {@code limit + 1} lines after line {@code afterLine} (null: from the first).
     */
    public List<PledgeAudit> history(Caller caller, String id, int limit, Long afterLine) {
        visibleTo(caller, id);
        return PledgeAudit.find("pledgeId = ?1 and id > ?2 order by id", id, afterLine == null ? 0L : afterLine)
                .page(0, limit + 1).list();
    }

    private static String memberFor(String requested, Caller caller) {
        String code;
        if (caller.isAdmin() && !caller.hasRole(Caller.GOVERNMENT)) {
            if (requested == null) {
                throw ProblemException.invalid("memberCode", "an admin must name the member the pledge is for");
            }
            code = requested;
        } else {
            String own = caller.governmentCode().map(c -> c.toUpperCase(Locale.ROOT)).orElseThrow(() ->
                    ProblemException.forbidden("your account is not linked to a government (no government_code claim)"));
            if (requested != null && !requested.equals(own)) {
                throw ProblemException.forbidden("a government submits pledges for itself only (" + own + ")");
            }
            code = own;
        }
        if (Member.findById(code) == null) {
            throw ProblemException.invalid("memberCode", "unknown member " + code);
        }
        return code;
    }

    /**
     * Locks the pledge's members (shared) and then the pledge: the order an announcement of a member takes, so that
     * one running meanwhile either comes first (and this sees the member announced) or waits for this transaction
     * (and then finds the event it withheld).
     */
    private Pledge lockVisible(String id, Caller caller) {
        events.lockMembers("?1", id);
        Pledge p = Pledge.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !PledgeVisibility.canSee(caller, p)) {
            throw ProblemException.notFound("pledge", id);
        }
        return p;
    }

    private static void requireOwnerOrAdmin(Pledge p, Caller caller) {
        caller.require(caller.isAdmin() || caller.representsGovernment(p.memberCode),
                "only the pledge's own government or an admin may do this");
    }

    private static void setTarget(Pledge p, Target target) {
        p.targetKind = target.kind().code();
        p.targetRef = target.ref().strip();
        p.targetName = target.name();
    }

    private String snapshot(Pledge p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("amount", p.amount.toPlainString());
        values.put("currency", p.currency);
        values.put("valueDate", p.valueDate.toString());
        values.put("verticals", List.of(p.verticals));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("kind", p.targetKind);
        target.put("ref", p.targetRef);
        target.put("name", p.targetName);
        values.put("target", target);
        values.put("eventId", p.eventId);
        values.put("notes", p.notes);
        values.put("newMoney", p.newMoney);
        values.put("financeType", p.financeType);
        values.put("aidType", p.aidType);
        values.put("flowType", p.flowType);
        values.put("revision", p.revision);
        try {
            return json.writeValueAsString(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The audit line of a change just made (its time is the pledge's {@code updatedAt}), with the display name of
     * whoever made it ({@code actorName}, may be null).
     */
    public static PledgeAudit audit(Pledge p, String action, PledgeStatus from, String actor, String actorName, String reason) {
        PledgeAudit line = new PledgeAudit();
        line.actorName = actorName;
        line.pledgeId = p.id;
        line.action = action;
        line.fromStatus = from == null ? null : from.code();
        line.toStatus = p.status.code();
        line.actor = actor;
        line.at = p.updatedAt;
        line.reason = reason;
        line.persist();
        return line;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
