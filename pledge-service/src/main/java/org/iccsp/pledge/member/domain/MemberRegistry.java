package org.iccsp.pledge.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.audit.AuditLog;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.ProblemException;

/** The registry of members and who may see which of them. */
@ApplicationScoped
public class MemberRegistry {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final AuditLog audit;
    private final Clock clock;

    public MemberRegistry(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
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

    public List<Member> visibleTo(Caller caller) {
        return Member.<Member>listAll().stream().filter(m -> mayName(caller, m))
                .sorted((a, b) -> a.code.compareTo(b.code)).toList();
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

    /** A change of status is audited (old and new) in the same transaction, with who made it. */
    @Transactional
    public Member update(String code, Change request, AuditActor actor) {
        Member member = Member.findById(code);
        if (member == null) {
            throw ProblemException.notFound("member", code);
        }
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
        return member;
    }
}
