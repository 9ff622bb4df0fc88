package org.iccsp.pledge.export.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.iccsp.pledge.pledge.domain.ExchangeRateTable;

/**
 * Reads the public pledges for the open-data exports, a chunk at a time, so that an export streams whatever the
 * number of pledges. Public is one rule for every reader, whoever asks (the exports are the same for all): a pledge
 * that is announced or later, not sealed, and whose members (the lead and every share's) are all announced. A
 * sealed pledge, a draft or submitted one, and any pledge with a confidential or prospective member are never read:
 * no export, no total in one, can hold or reveal them (ADR 0007, ADR 0014).
 */
@ApplicationScoped
public class PublicPledges {
    /** The public rule in SQL on alias {@code p}. */
    static final String PUBLIC = "p.sealed = false and p.status in ('announced', 'committed', 'disbursed', 'fulfilled') "
            + "and exists (select 1 from member m where m.code = p.member_code and m.status = 'announced') "
            + "and not exists (select 1 from pledge_share s join member sm on sm.code = s.member_code "
            + "where s.pledge_id = p.id and sm.status <> 'announced')";
    static final String OF_MEMBER = "(p.member_code = ?2 or exists "
            + "(select 1 from pledge_share s where s.pledge_id = p.id and s.member_code = ?2))";
    static final int CHUNK = 500;

    private final EntityManager em;
    private final ExchangeRateTable rates;

    public PublicPledges(EntityManager em, ExchangeRateTable rates) {
        this.em = em;
        this.rates = rates;
    }

    /** Which public pledges: those whose value date falls in {@code year}, those of {@code memberCode} (null: all). */
    public record Filter(Integer year, String memberCode) {
        public static final Filter ALL = new Filter(null, null);
    }

    /** The state of the public data an export is made of: its digest (the ETag's base) and when it last changed. */
    public record Version(String digest, OffsetDateTime modifiedAt, long pledges) {
    }

    /**
     * The current version of the public data: a digest of every public pledge's id and row version, every announced
     * member's code and version and the exchange-rate table, recorded with the time it was first seen (so that
     * {@code Last-Modified} moves only when the published content may have changed).
     */
    @Transactional
    public Version version(OffsetDateTime now, Filter filter) {
        Object[] row = (Object[]) em.createNativeQuery("select md5("
                + " coalesce((select string_agg(p.id || ':' || p.version, ',' order by p.id) from pledge p where " + PUBLIC + "), '')"
                + " || '|' || coalesce((select string_agg(m.code || ':' || m.version, ',' order by m.code) from member m "
                + "   where m.status = 'announced'), '')"
                + " || '|' || (select count(*) || ':' || coalesce(max(loaded_at)::text, '') from exchange_rate)),"
                + " (select count(*) from pledge p where " + PUBLIC
                + "   and (cast(?1 as integer) is null or extract(year from p.value_date) = ?1)"
                + "   and (cast(?2 as text) is null or " + OF_MEMBER + "))")
                .setParameter(1, filter.year()).setParameter(2, filter.memberCode()).getSingleResult();
        String digest = (String) row[0];
        Object stamped = em.createNativeQuery("insert into export_stamp (name, digest, modified_at) values ('public', ?1, ?2) "
                + "on conflict (name) do update set digest = excluded.digest, modified_at = excluded.modified_at "
                + "where export_stamp.digest <> excluded.digest")
                .setParameter(1, digest).setParameter(2, now).executeUpdate() == 1 ? now
                : em.createNativeQuery("select modified_at from export_stamp where name = 'public'").getSingleResult();
        return new Version(digest, toOffset(stamped), ((Number) row[1]).longValue());
    }

    /** The announced member's name, empty for a member the public may not name (or none). */
    @Transactional
    public Optional<String> announcedMember(String code) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select name from member where code = ?1 and status = 'announced'")
                .setParameter(1, code).getResultList();
        return names.stream().findFirst();
    }

    /** Units of {@code currency} per US dollar on {@code date} (the latest rate loaded on or before it). */
    public Optional<BigDecimal> perUsd(String currency, LocalDate date) {
        return rates.perUsdOn(currency, date);
    }

    /** Feeds every public pledge the filter selects to {@code sink}, by id, a chunk at a time, in one transaction. */
    @Transactional
    public void forEach(Filter filter, Consumer<PublicPledge> sink) {
        Map<String, String> names = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("select code, name from member where status = 'announced'")
                .getResultList();
        members.forEach(m -> names.put((String) m[0], (String) m[1]));
        String after = "";
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select p.id, p.status, p.amount, p.currency, p.value_date, "
                    + "p.verticals, p.target_kind, p.target_ref, p.target_name, p.event_id, p.new_money, p.finance_type, "
                    + "p.aid_type, p.flow_type, p.joint_label, p.announced_at, p.updated_at, p.member_code "
                    + "from pledge p where " + PUBLIC
                    + " and (cast(?1 as integer) is null or extract(year from p.value_date) = ?1)"
                    + " and (cast(?2 as text) is null or " + OF_MEMBER + ")"
                    + " and p.id > ?3 order by p.id limit ?4")
                    .setParameter(1, filter.year()).setParameter(2, filter.memberCode()).setParameter(3, after)
                    .setParameter(4, CHUNK).getResultList();
            if (rows.isEmpty()) {
                return;
            }
            List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
            Map<String, List<PublicPledge.Part>> shares = shares(ids, names);
            Map<String, LocalDate> committed = new HashMap<>();
            Map<String, List<PublicPledge.Disbursement>> disbursements = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> lines = em.createNativeQuery("select pledge_id, action, at, amount, occurred_on, recipient "
                    + "from pledge_audit where pledge_id in (?1) and action in ('commit', 'disburse') order by id")
                    .setParameter(1, ids).getResultList();
            for (Object[] l : lines) {
                String id = (String) l[0];
                if ("commit".equals(l[1])) {
                    committed.put(id, toOffset(l[2]).toLocalDate());
                } else {
                    disbursements.computeIfAbsent(id, k -> new ArrayList<>()).add(new PublicPledge.Disbursement(
                            (BigDecimal) l[3], toLocalDate(l[4]), (String) l[5]));
                }
            }
            for (Object[] r : rows) {
                String id = (String) r[0];
                String lead = (String) r[17];
                List<PublicPledge.Part> parts = r[14] == null
                        ? List.of(new PublicPledge.Part(lead, names.get(lead), (BigDecimal) r[2], (String) r[3]))
                        : shares.get(id);
                OffsetDateTime updated = toOffset(r[16]);
                OffsetDateTime announced = r[15] == null ? updated : toOffset(r[15]);
                LocalDate committedOn = committed.get(id);
                if (committedOn == null && !"announced".equals(r[1])) {
                    committedOn = announced.toLocalDate();
                }
                sink.accept(new PublicPledge(id, (String) r[1], (BigDecimal) r[2], (String) r[3], toLocalDate(r[4]),
                        List.of((String[]) r[5]), (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                        (Boolean) r[10], (String) r[11], (String) r[12], (String) r[13], (String) r[14], parts,
                        announced, committedOn, disbursements.getOrDefault(id, List.of()), updated));
            }
            after = ids.get(ids.size() - 1);
            em.clear();
        }
    }

    private Map<String, List<PublicPledge.Part>> shares(List<String> ids, Map<String, String> names) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pledge_id, member_code, amount, currency from pledge_share "
                + "where pledge_id in (?1) order by id").setParameter(1, ids).getResultList();
        Map<String, List<PublicPledge.Part>> shares = new LinkedHashMap<>();
        for (Object[] s : rows) {
            shares.computeIfAbsent((String) s[0], k -> new ArrayList<>()).add(new PublicPledge.Part((String) s[1],
                    names.get((String) s[1]), (BigDecimal) s[2], (String) s[3]));
        }
        return shares;
    }

    static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return ((java.time.ZonedDateTime) value).toOffsetDateTime();
    }
}
