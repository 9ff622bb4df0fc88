package org.iccsp.events.feed.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.registration.domain.RegistrationStatus;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.calendar.CalendarFeed;
import org.iccsp.platform.calendar.RegistrationCalendar;
import org.iccsp.platform.web.Freshness;

/**
 * What the calendar feeds hold. The public feed: every public event (cancelled ones as CANCELLED, so that
 * subscribers drop them), never a members-only or invitation-only one. A personal feed: every registration
 * of one person, with the UID of the invitation they were e-mailed (so the two are one calendar entry):
 * confirmed → CONFIRMED; requested, waitlisted, offered → TENTATIVE; cancelled, rejected, expired, or a
 * cancelled event → CANCELLED. Read in batches of {@value #BATCH} by id, each in its own transaction.
 */
@ApplicationScoped
public class CalendarFeeds {
    public static final int BATCH = 200;
    private final EntityManager em;
    private final String publicUrl;

    public CalendarFeeds(EntityManager em,
            @ConfigProperty(name = "iccsp.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.em = em;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The UID of a public event's entry. */
    public static String uid(UUID eventId) {
        return "event-" + eventId + "@events.iccsp.org";
    }

    public Freshness publicFreshness() {
        return QuarkusTransaction.requiringNew().call(() -> freshness((Object[]) em.createNativeQuery("""
                select max(updated_at), coalesce(sum(version), 0), count(*) filter (where visibility = 'public')
                from event""").getSingleResult()));
    }

    public Freshness personalFreshness(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> freshness((Object[]) em.createNativeQuery("""
                select greatest(max(r.updated_at), max(e.updated_at)), coalesce(sum(r.version) + sum(e.version), 0), count(*)
                from registration r join event e on e.id = r.event_id where r.registrant_subject = ?1""")
                .setParameter(1, subject).getSingleResult()));
    }

    /** The next batch of public events after {@code afterId} (null: the first). */
    public List<CalendarFeed.Entry> publicEvents(UUID afterId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Event> events = afterId == null
                    ? Event.<Event>find("visibility = 'public'", Sort.by("id")).range(0, BATCH - 1).list()
                    : Event.<Event>find("visibility = 'public' and id > ?1", Sort.by("id"), afterId).range(0, BATCH - 1).list();
            List<CalendarFeed.Entry> entries = events.stream().map(e -> new CalendarFeed.Entry(uid(e.id), e.calendarSequence,
                    e.title, e.description, e.venue, e.startsAt.toInstant(), e.endsAt.toInstant(),
                    e.isCancelled() ? CalendarFeed.State.CANCELLED : CalendarFeed.State.CONFIRMED,
                    e.updatedAt.toInstant(), URI.create(publicUrl + "/events/" + e.id))).toList();
            em.clear();
            return entries;
        });
    }

    /** The id of the last event of a batch, to ask for the next. */
    public static UUID lastEventId(List<CalendarFeed.Entry> batch) {
        String uid = batch.get(batch.size() - 1).uid();
        return UUID.fromString(uid.substring("event-".length(), uid.indexOf('@')));
    }

    /** The next batch of one person's registrations after {@code afterId} (null: the first). */
    public List<CalendarFeed.Entry> registrations(String subject, UUID afterId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Registration> rows = afterId == null
                    ? Registration.<Registration>find("registrantSubject = ?1", Sort.by("id"), subject).range(0, BATCH - 1).list()
                    : Registration.<Registration>find("registrantSubject = ?1 and id > ?2", Sort.by("id"), subject, afterId)
                            .range(0, BATCH - 1).list();
            Map<UUID, Event> events = rows.isEmpty() ? Map.of()
                    : Event.<Event>list("id in ?1", rows.stream().map(r -> r.eventId).distinct().toList()).stream()
                            .collect(Collectors.toMap(e -> e.id, Function.identity()));
            List<CalendarFeed.Entry> entries = rows.stream().map(r -> {
                Event e = events.get(r.eventId);
                return new CalendarFeed.Entry(RegistrationCalendar.uid(r.id.toString()), e.calendarSequence, e.title,
                        e.description, e.venue, e.startsAt.toInstant(), e.endsAt.toInstant(), state(r, e),
                        latest(r.updatedAt, e.updatedAt), URI.create(publicUrl + "/my/registrations"));
            }).toList();
            em.clear();
            return entries;
        });
    }

    /** The id of the last registration of a batch. */
    public static UUID lastRegistrationId(List<CalendarFeed.Entry> batch) {
        String uid = batch.get(batch.size() - 1).uid();
        return UUID.fromString(uid.substring("registration-".length(), uid.indexOf('@')));
    }

    static CalendarFeed.State state(Registration r, Event e) {
        if (e.isCancelled() || !RegistrationStatus.LIVE.contains(r.status)) {
            return CalendarFeed.State.CANCELLED;
        }
        return RegistrationStatus.CONFIRMED.is(r.status) ? CalendarFeed.State.CONFIRMED : CalendarFeed.State.TENTATIVE;
    }

    private static Instant latest(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a.toInstant() : b.toInstant();
    }

    private static Freshness freshness(Object[] row) {
        Instant last = switch (row[0]) {
            case null -> null;
            case OffsetDateTime t -> t.toInstant();
            case Instant t -> t;
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp " + row[0].getClass());
        };
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((row[0] + "|" + row[1] + "|" + row[2])
                    .getBytes(StandardCharsets.UTF_8));
            return new Freshness(last, HexFormat.of().formatHex(hash, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
