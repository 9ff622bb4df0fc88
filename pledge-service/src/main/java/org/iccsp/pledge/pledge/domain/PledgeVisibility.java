package org.iccsp.pledge.pledge.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.pledge.pledge.persistence.PledgeShare;
import org.iccsp.platform.web.Caller;

/**
 * Who sees which pledge. Admins: all. A government: its own, in any state, and what the public sees.
 * Organisers: all but sealed (embargoed, unreleased) pledges. Everyone else: announced, committed,
 * disbursed and fulfilled pledges of announced members. A joint pledge belongs to each of its members.
 */
public final class PledgeVisibility {
    private PledgeVisibility() {
    }

    public static boolean canSee(Caller caller, Pledge p) {
        List<String> members = membersOf(p);
        if (caller.isAdmin() || members.stream().anyMatch(caller::representsGovernment)) {
            return true;
        }
        if (p.sealed) {
            return false;
        }
        if (caller.hasRole(Caller.ORGANIZER)) {
            return true;
        }
        return PledgeStatus.PUBLIC.contains(p.status) && members.stream()
                .allMatch(code -> Member.<Member>findByIdOptional(code).map(Member::isAnnounced).orElse(false));
    }

    /**
     * The same rule for a published (announced or later), unsealed pledge whose members are known:
     * admins, organisers and its members' governments see it, everyone else when all its members are
     * announced.
     */
    public static boolean canSeePublished(Caller caller, Collection<String> members, Predicate<String> announced) {
        return caller.isAdmin() || caller.hasRole(Caller.ORGANIZER) || members.stream().anyMatch(caller::representsGovernment)
                || members.stream().allMatch(announced);
    }

    /** The lead member and, for a joint pledge, every member with a share: each may see it. */
    public static List<String> membersOf(Pledge p) {
        if (p.jointLabel == null) {
            return List.of(p.memberCode);
        }
        List<String> members = new ArrayList<>(List.of(p.memberCode));
        PledgeShare.of(p.id).stream().map(s -> s.memberCode).filter(m -> !members.contains(m)).forEach(members::add);
        return members;
    }

    /** The same rule as an HQL condition on alias {@code p}, with its parameters. */
    public static Condition condition(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        if (caller.isAdmin()) {
            return new Condition("true", params);
        }
        String visible;
        if (caller.hasRole(Caller.ORGANIZER)) {
            visible = "p.sealed = false";
        } else {
            // every member of the pledge (the lead and any share's) must be announced
            visible = "(p.status in :public and p.memberCode in "
                    + "(select m.code from Member m where m.status = 'announced') and not exists "
                    + "(select s.id from PledgeShare s, Member sm where s.pledgeId = p.id and sm.code = s.memberCode "
                    + "and sm.status <> 'announced'))";
            params.put("public", PledgeStatus.PUBLIC);
        }
        if (caller.hasRole(Caller.GOVERNMENT) && caller.governmentCode().isPresent()) {
            visible = "(" + visible + " or p.memberCode = :ownCode or exists "
                    + "(select s.id from PledgeShare s where s.pledgeId = p.id and s.memberCode = :ownCode))";
            params.put("ownCode", caller.governmentCode().get().toUpperCase(java.util.Locale.ROOT));
        }
        return new Condition(visible, params);
    }

    public record Condition(String hql, Map<String, Object> params) {
    }
}
