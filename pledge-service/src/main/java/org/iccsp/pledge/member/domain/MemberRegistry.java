package org.iccsp.pledge.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.audit.AuditLog;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.ProblemException;

/** The registry of members and who may see which of them. */
@ApplicationScoped
public class MemberRegistry {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final AuditLog audit;
    private final Clock clock;
    private final Event<MemberAnnounced> announcements;

    public MemberRegistry(AuditLog audit, Clock clock, Event<MemberAnnounced> announcements) {
        this.audit = audit;
        this.clock = clock;
        this.announcements = announcements;
    }

    /** Register a member. */
    public record Registration(String code, String name, Bloc bloc, MembershipStatus status) {
    }

    /** Change a member: null components keep their value. */
    public record Change(String name, Bloc bloc, MembershipStatus status) {
    }

    /**
     * Organisers and admins see every member; everyone else sees announced members, and a government
     * itself too. Prospective members are not shown to outsiders either: were they listed, the
     * confidential ones would fall out by elimination (a bloc's prospective states minus those listed).
     */
    public static boolean mayName(Caller caller, Member member) {
        return member.isAnnounced() || seesConfidential(caller) || ownGovernment(caller, member.code);
    }

    /** The member with that code if the caller may name it; empty when it does not exist or is hidden. */
    public static java.util.Optional<Member> findVisible(Caller caller, String code) {
        return Member.<Member>findByIdOptional(code).filter(m -> mayName(caller, m));
    }

    public static boolean seesConfidential(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Caller.ORGANIZER);
    }

    public static boolean ownGovernment(Caller caller, String memberCode) {
        return caller.representsGovernment(memberCode);
    }

    /**
     * A page of the members the caller may name, by code: up to {@code limit + 1} of them (the extra one tells that
     * more follow), those after {@code afterCode} (null: from the first). The same rule as {@link #mayName}, in SQL.
     */
    public List<Member> visibleTo(Caller caller, int limit, String afterCode) {
        StringBuilder hql = new StringBuilder("from Member m where ");
        Map<String, Object> params = new HashMap<>();
        if (seesConfidential(caller)) {
            hql.append("true");
        } else if (caller.hasRole(Caller.GOVERNMENT) && caller.governmentCode().isPresent()) {
            hql.append("(m.status = 'announced' or m.code = :own)");
            params.put("own", caller.governmentCode().get().toUpperCase(Locale.ROOT));
        } else {
            hql.append("m.status = 'announced'");
        }
        if (afterCode != null) {
            hql.append(" and m.code > :after");
            params.put("after", afterCode);
        }
        hql.append(" order by m.code");
        return Member.<Member>find(hql.toString(), params).page(0, limit + 1).list();
    }

    /** The tag of a member's current version (its ETag). */
    public static String tag(Member member) {
        return EntityTags.ofVersion(member.version);
    }

    public Member visibleTo(Caller caller, String code) {
        return findVisible(caller, code).orElseThrow(() -> ProblemException.notFound("member", code));
    }

    @Transactional
    public Member register(Registration request) {
        if (!"EU".equals(request.code()) && !ISO_COUNTRIES.contains(request.code())) {
            throw ProblemException.invalid("code", "unknown ISO 3166-1 country " + request.code());
        }
        if (Member.findById(request.code()) != null) {
            throw ProblemException.conflict("member " + request.code() + " is already registered");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Member member = new Member();
        member.code = request.code();
        member.name = request.name().strip();
        member.bloc = request.bloc().code();
        member.status = request.status().code();
        member.createdAt = now;
        member.updatedAt = now;
        member.persist();
        return member;
    }

    /**
     * A change of status is audited (old and new) in the same transaction, with who made it. {@code ifMatch} is
     * required (428 without it, 412 when stale): a status applied on a stale view could announce a member just made
     * confidential, which cannot be undone (its name and its pledges' events go out). The row is locked before the
     * check, so two changes from the same view cannot both pass it. Becoming announced publishes what was withheld
     * for the member's sake ({@link MemberAnnounced}).
     */
    @Transactional
    public Member update(String code, Change request, AuditActor actor, String ifMatch) {
        Member member = Member.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (member == null) {
            throw ProblemException.notFound("member", code);
        }
        EntityTags.checkIfMatch(ifMatch, tag(member), true);
        boolean announcing = request.status() == MembershipStatus.ANNOUNCED && !member.isAnnounced();
        if (request.name() != null) {
            member.name = request.name().strip();
        }
        if (request.bloc() != null) {
            member.bloc = request.bloc().code();
        }
        if (request.status() != null && !request.status().code().equals(member.status)) {
            audit.record(actor, "member.status-changed", "member", member.code,
                    Map.of("from", member.status, "to", request.status().code()));
            member.status = request.status().code();
        }
        member.updatedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (announcing) {
            announcements.fire(new MemberAnnounced(member.code));
        }
        return member;
    }
}
