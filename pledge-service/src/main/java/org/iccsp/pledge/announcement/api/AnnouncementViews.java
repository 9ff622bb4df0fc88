package org.iccsp.pledge.announcement.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.iccsp.pledge.announcement.domain.AnnouncementDesk;
import org.iccsp.pledge.announcement.persistence.Announcement;
import org.iccsp.pledge.member.domain.MemberRegistry;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.pledge.pledge.domain.PledgeVisibility;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.pledge.pledge.persistence.PledgeShare;
import org.iccsp.platform.web.Caller;

/** Maps an announcement to what the caller may see of it. */
@ApplicationScoped
public class AnnouncementViews {
    private final AnnouncementDesk desk;

    public AnnouncementViews(AnnouncementDesk desk) {
        this.desk = desk;
    }

    public AnnouncementView of(Caller caller, Announcement a) {
        if (caller.isAdmin()) {
            return full(caller, a);
        }
        if (a.isReleased()) {
            return released(caller, a);
        }
        AnnouncementDesk.Part part = desk.partOf(caller, a);
        return new AnnouncementView(a.id, a.status, null, null, null, a.releaseAt, a.trigger, null, null, null, null,
                null, null, null, null, null, null, null, null,
                new AnnouncementView.YourPart(part.memberCode(), part.pledgeIds(), part.membership()));
    }

    private AnnouncementView full(Caller caller, Announcement a) {
        List<Pledge> pledges = AnnouncementDesk.pledgesOf(a);
        List<AnnouncementView.Approval> approvals = new ArrayList<>();
        if (a.firstApprovedBy != null) {
            approvals.add(new AnnouncementView.Approval(1, a.firstApproverName, a.firstApprovedAt));
        }
        if (a.secondApprovedBy != null) {
            approvals.add(new AnnouncementView.Approval(2, a.secondApproverName, a.approvedAt));
        }
        return new AnnouncementView(a.id, a.status, a.title(), a.authoritativeLanguage, CommuniqueTexts.of(a.texts),
                a.releaseAt, a.trigger, List.copyOf(new TreeSet<>(a.embargoIds)), List.copyOf(new TreeSet<>(a.memberCodes)),
                members(caller, a), pledges(caller, pledges), totals(pledges), approvals, a.revision, a.createdAt,
                a.readyAt, a.releasedAt, a.withdrawnAt, a.withdrawalReason, null);
    }

    private AnnouncementView released(Caller caller, Announcement a) {
        List<Pledge> pledges = AnnouncementDesk.pledgesOf(a).stream().filter(p -> PledgeVisibility.canSee(caller, p))
                .toList();
        return new AnnouncementView(a.id, a.status, a.title(), a.authoritativeLanguage, CommuniqueTexts.of(a.texts),
                a.releaseAt, a.trigger, null, null, members(caller, a), pledges(caller, pledges), totals(pledges), null,
                null, null, null, a.releasedAt, null, null, null);
    }

    private static List<AnnouncementView.MemberPart> members(Caller caller, Announcement a) {
        List<AnnouncementView.MemberPart> parts = new ArrayList<>();
        for (String code : new TreeSet<>(a.memberCodes)) {
            Member m = Member.findById(code);
            if (m != null && MemberRegistry.mayName(caller, m)) {
                parts.add(new AnnouncementView.MemberPart(m.code, m.name, m.bloc));
            }
        }
        return parts;
    }

    private static List<AnnouncementView.PledgePart> pledges(Caller caller, List<Pledge> pledges) {
        return pledges.stream().map(p -> new AnnouncementView.PledgePart(p.id, named(caller, p.memberCode),
                p.amount.toPlainString(), p.currency, p.jointLabel, p.jointLabel == null ? null
                        : PledgeShare.of(p.id).stream().map(s -> new AnnouncementView.Partner(named(caller, s.memberCode),
                                s.amount.toPlainString(), s.currency)).toList())).toList();
    }

    private static String named(Caller caller, String code) {
        return MemberRegistry.findVisible(caller, code).map(m -> m.code).orElse(null);
    }

    private static List<AnnouncementView.CurrencyTotal> totals(List<Pledge> pledges) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Pledge p : pledges) {
            sums.merge(p.currency, p.amount, BigDecimal::add);
            counts.merge(p.currency, 1, Integer::sum);
        }
        return sums.entrySet().stream().map(e -> new AnnouncementView.CurrencyTotal(e.getKey(),
                e.getValue().toPlainString(), counts.get(e.getKey()))).toList();
    }
}
