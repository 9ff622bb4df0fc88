package org.iccsp.pledge.funding.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.iccsp.pledge.member.domain.MemberRegistry;
import org.iccsp.pledge.member.persistence.Member;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.pledge.pledge.domain.PledgeVisibility;
import org.iccsp.platform.web.Caller;

/**
 * Totals over announced (and later) pledges, a joint pledge through its members' shares, converted with
 * each pledge's value-date rate (the latest loaded on or before that date). Sealed pledges are still
 * "submitted", so they never count. A pledge with a part lacking a rate counts in unconvertedPledges.
 *
 * <p>Every figure shown to a caller is a sum of parts the caller may see in full: a part (a whole
 * pledge, or one share of a joint one) counts only when the caller may see the pledge
 * ({@link PledgeVisibility}) and may name the part's member ({@link MemberRegistry#mayName}). The money
 * of a confidential (or, for outsiders, prospective) member is therefore in no group and no total until
 * the member is announced, so no difference between published figures can reveal it (ADR 0007). Each
 * part is rounded to cents before it is added, so a total is exactly the sum of the groups of any
 * grouping that partitions the parts (member, bloc, event).
 */
@ApplicationScoped
public class FundingSummary {
    public enum GroupBy { MEMBER, BLOC, VERTICAL, EVENT, YEAR }

    private final EntityManager em;

    public FundingSummary(EntityManager em) {
        this.em = em;
    }

    /** One member's part of a pledge: the whole of a single pledge, or one share of a joint one. */
    private record Row(String pledgeId, String memberCode, String bloc, String[] verticals, String eventId,
            PledgeStatus status, BigDecimal converted, BigDecimal disbursed, int year, BigDecimal amount,
            String currency, String target, String jointLabel, LocalDate valueDate, OffsetDateTime updatedAt) {
    }

    private static final class Accumulator {
        final Set<String> members = new HashSet<>();
        final Set<String> pledges = new HashSet<>();
        BigDecimal announced = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;

        void add(Row row) {
            members.add(row.memberCode());
            pledges.add(row.pledgeId());
            announced = announced.add(row.converted());
            committed = committed.add(committed(row));
            disbursed = disbursed.add(row.disbursed());
        }
    }

    private static BigDecimal committed(Row row) {
        return PledgeStatus.COMMITTED_OR_LATER.contains(row.status()) ? row.converted() : BigDecimal.ZERO;
    }

    /**
     * Funding totals in a reporting currency, grouped; amounts are decimal strings rounded to cents.
     * {@code year} is the value-date year the figures are limited to (null: every year); {@code years}
     * the years holding money the caller may see; {@code lastUpdated} the latest change of a pledge
     * counted in these figures (null when none counts).
     */
    public record Summary(String reportingCurrency, String groupBy, Integer year, List<GroupTotal> groups,
            GroupTotal total, int unconvertedPledges, List<Integer> years, OffsetDateTime lastUpdated) {
    }

    /** One group's members, pledges, and announced, committed and disbursed amounts. */
    public record GroupTotal(String key, int members, int pledges, String announced, String committed,
            String disbursed) {
    }

    /**
     * One part behind a figure: a pledge, or one member's share of a joint pledge, with its amount in its
     * own currency and its announced, committed and disbursed amounts in the reporting currency.
     */
    public record Part(String pledgeId, String memberCode, String bloc, String status, String target,
            String jointLabel, String eventId, List<String> verticals, LocalDate valueDate, String amount,
            String currency, String announced, String committed, String disbursed) {
    }

    /** The parts behind one group of a summary (every part when {@code key} is null), largest first. */
    public record Breakdown(String reportingCurrency, String groupBy, String key, Integer year, List<Part> parts,
            GroupTotal total, int unconvertedPledges) {
    }

    public Summary summarise(Caller caller, GroupBy groupBy, String reportingCurrency) {
        return summarise(caller, groupBy, reportingCurrency, null);
    }

    public Summary summarise(Caller caller, GroupBy groupBy, String reportingCurrency, Integer year) {
        Visible visible = visibleParts(caller, reportingCurrency);
        Map<String, Accumulator> groups = new TreeMap<>();
        Accumulator total = new Accumulator();
        OffsetDateTime lastUpdated = null;
        for (Row row : visible.rows()) {
            if (year != null && row.year() != year) {
                continue;
            }
            total.add(row);
            for (String key : keys(row, groupBy)) {
                groups.computeIfAbsent(key, k -> new Accumulator()).add(row);
            }
            if (lastUpdated == null || row.updatedAt().isAfter(lastUpdated)) {
                lastUpdated = row.updatedAt();
            }
        }
        List<GroupTotal> shown = groups.entrySet().stream().map(g -> view(g.getKey(), g.getValue())).toList();
        return new Summary(reportingCurrency, groupBy.name().toLowerCase(java.util.Locale.ROOT), year, shown,
                view("total", total), visible.unconverted(year), visible.years(), lastUpdated);
    }

    /**
     * The parts counted in one group of {@link #summarise} (the same parts, so they add up to its bar),
     * as the caller may see them: nothing the summary would not count is listed.
     */
    public Breakdown breakdown(Caller caller, GroupBy groupBy, String key, String reportingCurrency, Integer year) {
        Visible visible = visibleParts(caller, reportingCurrency);
        Accumulator total = new Accumulator();
        List<Row> rows = new ArrayList<>();
        for (Row row : visible.rows()) {
            if ((year == null || row.year() == year) && (key == null || keys(row, groupBy).contains(key))) {
                rows.add(row);
                total.add(row);
            }
        }
        rows.sort(Comparator.comparing(Row::converted).reversed().thenComparing(Row::pledgeId)
                .thenComparing(Row::memberCode));
        List<Part> parts = rows.stream().map(r -> new Part(r.pledgeId(), r.memberCode(), r.bloc(),
                r.status().code(), r.target(), r.jointLabel(), r.eventId(), List.of(r.verticals()), r.valueDate(),
                r.amount().toPlainString(), r.currency(), cents(r.converted()), cents(committed(r)),
                cents(r.disbursed()))).toList();
        return new Breakdown(reportingCurrency, groupBy.name().toLowerCase(java.util.Locale.ROOT), key, year, parts,
                view("total", total), visible.unconverted(year));
    }

    /** The parts the caller may see, converted; the pledges (with their years) that could not be. */
    private record Visible(List<Row> rows, Map<String, Integer> unconvertedYears, List<Integer> years) {
        int unconverted(Integer year) {
            return (int) unconvertedYears.values().stream().filter(y -> year == null || y.intValue() == year).count();
        }
    }

    private Visible visibleParts(Caller caller, String reportingCurrency) {
        Map<String, Member> members = new HashMap<>();
        for (Member m : Member.<Member>listAll()) {
            members.put(m.code, m);
        }
        List<Object[]> parts = publicPledges();
        Map<String, List<String>> membersOfPledge = new HashMap<>();
        for (Object[] r : parts) {
            membersOfPledge.computeIfAbsent((String) r[4], id -> new ArrayList<>()).add((String) r[0]);
        }
        Map<String, Integer> unconverted = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        List<Row> rows = new ArrayList<>();
        for (Object[] r : parts) {
            String pledgeId = (String) r[4];
            Member member = members.get((String) r[0]);
            if (!MemberRegistry.mayName(caller, member) || !PledgeVisibility.canSeePublished(caller,
                    membersOfPledge.get(pledgeId), code -> members.get(code).isAnnounced())) {
                continue; // money the caller may not see is in no figure at all
            }
            LocalDate valueDate = localDate(r[10]);
            years.add(valueDate.getYear());
            BigDecimal converted = convert((BigDecimal) r[6], (String) r[7], (BigDecimal) r[8], (BigDecimal) r[9],
                    reportingCurrency);
            if (converted == null) {
                unconverted.put(pledgeId, valueDate.getYear());
                continue;
            }
            // A joint pledge is disbursed as a whole: each share is credited its part of what was paid.
            BigDecimal pledgeAmount = (BigDecimal) r[12];
            BigDecimal disbursed = converted.multiply((BigDecimal) r[11], MathContext.DECIMAL128)
                    .divide(pledgeAmount, MathContext.DECIMAL128);
            String target = r[14] != null ? (String) r[14] : (String) r[13];
            rows.add(new Row(pledgeId, member.code, (String) r[1], (String[]) r[2], (String) r[3],
                    PledgeStatus.fromCode((String) r[5]), converted.setScale(2, RoundingMode.HALF_EVEN),
                    disbursed.setScale(2, RoundingMode.HALF_EVEN), valueDate.getYear(), (BigDecimal) r[6],
                    (String) r[7], target, (String) r[15], valueDate, offsetDateTime(r[16])));
        }
        return new Visible(rows, unconverted, List.copyOf(years));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static List<String> keys(Row row, GroupBy groupBy) {
        return switch (groupBy) {
            case MEMBER -> List.of(row.memberCode());
            case BLOC -> List.of(row.bloc());
            // A pledge to several verticals counts fully in each: vertical groups overlap.
            case VERTICAL -> List.of(row.verticals());
            case EVENT -> List.of(row.eventId() == null ? "none" : row.eventId());
            case YEAR -> List.of(String.valueOf(row.year()));
        };
    }

    private static GroupTotal view(String key, Accumulator a) {
        return new GroupTotal(key, a.members.size(), a.pledges.size(), cents(a.announced), cents(a.committed),
                cents(a.disbursed));
    }

    private static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** amount / (currency per USD) gives USD; times (EUR per USD) gives EUR. Null when a rate is missing. */
    static BigDecimal convert(BigDecimal amount, String currency, BigDecimal currencyPerUsd, BigDecimal eurPerUsd,
            String reportingCurrency) {
        BigDecimal perUsd = "USD".equals(currency) ? BigDecimal.ONE : currencyPerUsd;
        if (perUsd == null) {
            return null;
        }
        BigDecimal usd = amount.divide(perUsd, MathContext.DECIMAL128);
        if ("USD".equals(reportingCurrency)) {
            return usd;
        }
        return eurPerUsd == null ? null : usd.multiply(eurPerUsd, MathContext.DECIMAL128);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> publicPledges() {
        // A joint pledge counts through its shares, each for its own member, in its own currency.
        String rateOf = "(select r.per_usd from exchange_rate r where r.currency = %s and r.rate_date <= p.value_date "
                + "order by r.rate_date desc limit 1)";
        return em.createNativeQuery("select part.member_code, m.bloc, p.verticals, p.event_id, p.id, p.status, "
                + "part.amount, part.currency, " + rateOf.formatted("part.currency") + ", " + rateOf.formatted("'EUR'")
                + ", p.value_date, p.disbursed_total, p.amount, p.target_ref, p.target_name, p.joint_label, p.updated_at"
                + " from pledge p"
                + " join lateral (select s.member_code, s.amount, s.currency from pledge_share s where s.pledge_id = p.id"
                + "   union all select p.member_code, p.amount, p.currency"
                + "   where not exists (select 1 from pledge_share s where s.pledge_id = p.id)) part on true"
                + " join member m on m.code = part.member_code"
                + " where p.sealed = false and p.status in ('announced', 'committed', 'disbursed', 'fulfilled')")
                .getResultList();
    }
}
