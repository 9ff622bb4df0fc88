package org.iccsp.events.registration.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iccsp.events.common.Keyset;
import org.iccsp.events.common.Precondition;
import org.iccsp.events.event.domain.EventAccess;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.ParityRule;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.registration.messaging.RegistrationPublisher;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.ProblemException;

/**
 * The organiser's check-in desk at the venue: checking confirmed participants in (and undoing a mistaken
 * check-in), registering walk-ins (confirmed and checked in at once, within the capacity and the parity
 * rule), the attendance counts and the search of an event's registrations. Organisers and admins only.
 * The transitions are the {@link Registration} aggregate's; time comes from the injected {@link Clock}.
 */
@ApplicationScoped
public class CheckInDesk {
    /** The longest search text. */
    public static final int MAX_QUERY = 200;

    private final RegistrationPublisher publisher;
    private final Clock clock;

    public CheckInDesk(RegistrationPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Checked in and expected: people (a delegation counts its places) and registrations, confirmed ones only. */
    public record Attendance(int expectedPeople, int checkedInPeople, int expectedRegistrations,
            int checkedInRegistrations) {
    }

    @Transactional
    public Registration checkIn(UUID id, Precondition<Registration> precondition, Caller caller) {
        requireOrganiser(caller);
        Registration r = locked(id);
        precondition.check(r);
        r.checkIn(now());
        return r;
    }

    @Transactional
    public Registration undoCheckIn(UUID id, Precondition<Registration> precondition, Caller caller) {
        requireOrganiser(caller);
        Registration r = locked(id);
        precondition.check(r);
        r.undoCheckIn(now());
        return r;
    }

    /**
     * Registers a walk-in, confirmed and checked in at once, under the event's lock: 409 when the event is
     * cancelled, over or full; with a parity rule, their group is required (400) and must keep the balance (422).
     * Publishes the confirmation as any other.
     */
    @Transactional
    public Registration walkIn(UUID eventId, WalkIn walkIn, Caller caller) {
        requireOrganiser(caller);
        Event event = EventPlanner.lockedEvent(eventId);
        OffsetDateTime now = now();
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.eventId = eventId;
        r.registrantSubject = "walk-in:" + r.id;
        r.registrantName = walkIn.name().strip();
        r.registrantEmail = blankToNull(walkIn.email());
        r.affiliation = blankToNull(walkIn.affiliation());
        r.places = 1;
        r.representationGroup = group(event, walkIn.representationGroup());
        r.createdAt = now;
        r.updatedAt = now;
        r.walkIn(() -> {
            if (event.isCancelled()) {
                throw ProblemException.conflict("event " + eventId + " is cancelled");
            }
            if (!event.endsAt.isAfter(now)) {
                throw ProblemException.conflict("event " + eventId + " is over");
            }
            if (Registration.placesHeld(eventId) + r.places > event.capacity) {
                throw ProblemException.conflict("event " + eventId + " has no place left");
            }
            if (!Waitlist.keepsBalance(event, r)) {
                ParityRule rule = event.parityRule().orElseThrow();
                throw ProblemException.unprocessable("representationGroup", "registering would break the rule: "
                        + rule.describe() + " (now " + rule.tally(Registration.placesHeldByGroup(eventId)) + ")");
            }
        }, now);
        r.persist();
        publisher.transitioned(r, caller.subject());
        return r;
    }

    public Attendance attendance(UUID eventId, Caller caller) {
        requireOrganiserOf(eventId, caller);
        Object[] row = Registration.getEntityManager().createQuery("""
                select coalesce(sum(r.places), 0),
                       coalesce(sum(case when r.checkedInAt is not null then r.places else 0 end), 0),
                       count(r),
                       coalesce(sum(case when r.checkedInAt is not null then 1 else 0 end), 0)
                from Registration r where r.eventId = ?1 and r.status = ?2""", Object[].class)
                .setParameter(1, eventId).setParameter(2, RegistrationStatus.CONFIRMED.code()).getSingleResult();
        return new Attendance(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue());
    }

    /**
     * A page of the event's registrations in the order of {@link Registrar#ofEvent} (created, id), narrowed to
     * {@code statuses} (all when empty) and to those whose name, walk-in organisation, organisation's legal name,
     * government code or delegation member's name contains {@code query} (case-insensitive; {@code %} and
     * {@code _} literal; null for all): up to {@code limit + 1}.
     */
    @SuppressWarnings("unchecked")
    public List<Registration> search(UUID eventId, String query, Set<RegistrationStatus> statuses, int limit,
            Cursor after, Caller caller) {
        requireOrganiserOf(eventId, caller);
        StringBuilder sql = new StringBuilder("select r.* from registration r where r.event_id = ?1");
        List<Object> parameters = new ArrayList<>(List.of(eventId));
        if (!statuses.isEmpty()) {
            // the codes of an enum, never text from the request
            sql.append(" and r.status in (").append(String.join(", ", statuses.stream().sorted()
                    .map(s -> "'" + s.code() + "'").toList())).append(")");
        }
        Optional<String> text = Optional.ofNullable(query).map(String::strip).filter(q -> !q.isEmpty());
        if (text.isPresent()) {
            parameters.add("%" + escape(text.get().toLowerCase(Locale.ROOT)) + "%");
            String p = "?" + parameters.size();
            sql.append(" and (lower(coalesce(r.registrant_name, '')) like ").append(p).append(" escape '\\'")
                    .append(" or lower(coalesce(r.affiliation, '')) like ").append(p).append(" escape '\\'")
                    .append(" or lower(coalesce(r.government_code, '')) like ").append(p).append(" escape '\\'")
                    .append(" or exists (select 1 from known_organization k where k.id = r.organization_id")
                    .append(" and lower(k.legal_name) like ").append(p).append(" escape '\\')")
                    .append(" or exists (select 1 from jsonb_array_elements(case when jsonb_typeof(r.delegation) = 'array'")
                    .append(" then r.delegation else '[]'::jsonb end) d where lower(d->>'name') like ").append(p)
                    .append(" escape '\\'))");
        }
        if (after != null) {
            parameters.add(Keyset.time(after, 0));
            parameters.add(Keyset.id(after, 1));
            sql.append(" and (r.created_at, r.id) > (?").append(parameters.size() - 1).append(", ?")
                    .append(parameters.size()).append(")");
        }
        sql.append(" order by r.created_at, r.id");
        var nativeQuery = Registration.getEntityManager().createNativeQuery(sql.toString(), Registration.class);
        for (int i = 0; i < parameters.size(); i++) {
            nativeQuery.setParameter(i + 1, parameters.get(i));
        }
        return nativeQuery.setMaxResults(limit + 1).getResultList();
    }

    /** {@code %}, {@code _} and the escape character itself match only themselves. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String group(Event event, String requested) {
        String group = blankToNull(requested);
        Optional<ParityRule> rule = event.parityRule();
        if (rule.isEmpty()) {
            return null; // only an event's own rule counts a walk-in (they take no session places)
        }
        if (group == null || !rule.get().includes(group)) {
            throw ProblemException.invalid("representationGroup",
                    "this event balances representation: one of " + String.join(", ", rule.get().groups()));
        }
        return group;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Registration locked(UUID id) {
        Registration r = Registration.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound("registration", id);
        }
        return r;
    }

    private static void requireOrganiser(Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers check participants in");
    }

    private static void requireOrganiserOf(UUID eventId, Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers see an event's registrations");
        if (Event.findById(eventId) == null) {
            throw ProblemException.notFound("event", eventId);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
