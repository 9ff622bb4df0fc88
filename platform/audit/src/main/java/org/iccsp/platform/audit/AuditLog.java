package org.iccsp.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.iccsp.platform.web.InvalidParameterException;
import org.jboss.logging.MDC;

/**
 * Writes and reads the append-only audit log ({@code audit.entries}, platform migration V0_10). A record is
 * written in the caller's transaction ({@link Transactional.TxType#MANDATORY}): it commits with the
 * action it records, or neither does. The database refuses every UPDATE, DELETE and TRUNCATE.
 */
@ApplicationScoped
public class AuditLog {
    public static final int PAGE_SIZE = 50;
    /** The largest page, as every list of the API (docs/errors.md). */
    public static final int MAX_LIMIT = 500;
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9.-]{0,99}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern CURSOR = Pattern.compile("[1-9][0-9]{0,18}");

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(EntityManager em, ObjectMapper json, Instance<Clock> clocks) {
        this.em = em;
        this.json = json;
        this.clock = clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
    }

    /**
     * Appends one entry in the current transaction.
     *
     * @param action      what happened, e.g. {@code contact.read}, {@code embargo.released}, {@code member.status-changed}
     * @param subjectType the kind of thing it happened to, e.g. {@code organization}, {@code embargo}, {@code member}
     * @param details     what exactly (pledge ids released, old and new status...), stored as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditActor actor, String action, String subjectType, String subjectId, Map<String, ?> details) {
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("not an audit action: " + action);
        }
        SpanContext span = Span.current().getSpanContext();
        Object requestId = MDC.get("requestId");
        em.createNativeQuery("""
                insert into audit.entries (id, occurred_at, actor_subject, actor_name, actor_roles, action,
                    subject_type, subject_id, details, request_id, trace_id)
                values (?1, ?2, ?3, ?4, cast(?5 as text[]), ?6, ?7, ?8, cast(?9 as jsonb), ?10, ?11)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter(3, actor.subject())
                .setParameter(4, actor.name())
                .setParameter(5, textArray(actor.roles()))
                .setParameter(6, action)
                .setParameter(7, subjectType)
                .setParameter(8, subjectId)
                .setParameter(9, toJson(details == null ? Map.of() : details))
                .setParameter(10, requestId == null ? null : requestId.toString())
                .setParameter(11, span.isValid() ? span.getTraceId() : null)
                .executeUpdate();
    }

    /**
     * A page of entries, newest first, optionally of one action and/or one subject id.
     *
     * @param cursor the {@code next} of the previous page; a value this log did not hand out is a 400 naming it
     */
    @Transactional
    public AuditPage page(String action, String subject, String cursor) {
        return page(action, subject, cursor, PAGE_SIZE);
    }

    /** As {@link #page(String, String, String)}, {@code limit} entries a page (1 to {@link #MAX_LIMIT}). */
    @Transactional
    public AuditPage page(String action, String subject, String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (action != null && !ACTION.matcher(action).matches()) {
            throw new InvalidParameterException("action", "must be an audit action such as contact.read");
        }
        if (subject != null && (subject.isBlank() || subject.length() > 200 || CONTROL.matcher(subject).find())) {
            throw new InvalidParameterException("subject", "must be 1 to 200 characters, no control characters");
        }
        Long before = cursor == null ? null : decode(cursor);
        StringBuilder sql = new StringBuilder("""
                select cast(id as text), occurred_at, actor_subject, actor_name, cast(actor_roles as text),
                    action, subject_type, subject_id, cast(details as text), request_id, trace_id, seq
                from audit.entries where true""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (action != null) {
            sql.append(" and action = :action");
            params.put("action", action);
        }
        if (subject != null) {
            sql.append(" and subject_id = :subject");
            params.put("subject", subject);
        }
        if (before != null) {
            sql.append(" and seq < :before");
            params.put("before", before);
        }
        sql.append(" order by seq desc limit ").append(limit + 1);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<AuditEntry> entries = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(rows.size(), limit))) {
            entries.add(new AuditEntry((String) row[0], timestamp(row[1]),
                    new AuditEntry.Actor((String) row[2], (String) row[3], parseTextArray((String) row[4])),
                    (String) row[5], (String) row[6], (String) row[7], readJson((String) row[8]),
                    (String) row[9], (String) row[10]));
        }
        String next = rows.size() > limit ? encode(((Number) rows.get(limit - 1)[11]).longValue()) : null;
        return new AuditPage(entries, next);
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("a" + seq).getBytes(StandardCharsets.US_ASCII));
    }

    static Long decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (raw.startsWith("a") && CURSOR.matcher(raw.substring(1)).matches()) {
                return Long.parseLong(raw.substring(1));
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the 400 below
        }
        throw new InvalidParameterException("cursor", "is not a cursor this audit log handed out");
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String textArray(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    private List<String> parseTextArray(String literal) {
        // Postgres renders text[] as {a,"b c"}; roles are plain words, so quotes and escapes are rare.
        String inner = literal.substring(1, literal.length() - 1);
        if (inner.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                cur.append(inner.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not JSON", e);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit.entries.details is not JSON", e);
        }
    }
}
