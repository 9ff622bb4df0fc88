package org.iccsp.events.session.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iccsp.events.common.Keyset;
import org.iccsp.events.event.domain.Audience;
import org.iccsp.events.event.domain.EventAccess;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.ParityRule;
import org.iccsp.events.event.domain.SessionUse;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.event.persistence.EventSession;
import org.iccsp.events.registration.domain.RegistrationStatus;
import org.iccsp.events.registration.domain.RegistrationWithdrawn;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.ProblemException;

/**
 * Confirmed participants take places in sessions, up to each session's capacity and within its parity
 * rule (checked under the event's and then the session's row lock, the same order everywhere), and
 * are checked in at the venue.
 */
@ApplicationScoped
public class SessionPlaces implements SessionUse {
    private final EntityManager em;
    private final EventAccess access;

    public SessionPlaces(EntityManager em, EventAccess access) {
        this.em = em;
        this.access = access;
    }

    /** One row of a session's participant list. */
    public record Participant(UUID registrationId, String name, String email, String organizationId,
            String governmentCode, String representationGroup, int places, OffsetDateTime joinedAt,
            OffsetDateTime checkedInAt) {
    }

    /**
     * The caller's confirmed registration takes its places (1, or its delegation's size) in the session.
     * A session with a parity rule also needs the group the participant counts in (delegations count in
     * none): the registration's, or else {@code representationGroup}, which the registration then keeps.
     */
    @Transactional
    public Participant join(UUID eventId, UUID sessionId, String representationGroup, Caller caller) {
        Event event = EventPlanner.lockedEvent(eventId);
        if (!access.canSee(caller, event)) {
            throw ProblemException.notFound("event", eventId); // not even "you are not registered" (409)
        }
        EventSession session = lockedSession(eventId, sessionId);
        if (event.isCancelled() || session.isCancelled()) {
            throw ProblemException.conflict((event.isCancelled() ? "event " + eventId : "session " + sessionId)
                    + " is cancelled");
        }
        Registration r = Registration.find("eventId = ?1 and registrantSubject = ?2 and status = ?3", eventId,
                caller.subject(), RegistrationStatus.CONFIRMED.code()).firstResult();
        if (r == null) {
            throw ProblemException.conflict("only participants with a confirmed registration take places in sessions");
        }
        requireAudience(session, caller);
        if (isParticipant(sessionId, r.id)) {
            throw ProblemException.conflict("you already have a place in session " + sessionId);
        }
        if (placesHeld(sessionId) + r.places > session.capacity) {
            throw ProblemException.conflict("session " + sessionId + " is full (" + session.capacity + " places)");
        }
        Optional<ParityRule> parity = session.parityRule().filter(rule -> r.delegation == null);
        if (parity.isPresent()) {
            ParityRule rule = parity.get();
            String group = groupFor(r, rule, representationGroup);
            Map<String, Integer> held = placesHeldByGroup(sessionId);
            if (!rule.allows(held, group, r.places)) {
                throw ProblemException.unprocessable("representationGroup", "taking this place would break the session's"
                        + " rule: " + rule.describe() + " (now " + rule.tally(held) + ")");
            }
            r.representationGroup = group;
        }
        em.createNativeQuery("insert into session_participant (session_id, registration_id) values (?1, ?2)")
                .setParameter(1, sessionId).setParameter(2, r.id).executeUpdate();
        return participants(sessionId).stream().filter(p -> p.registrationId().equals(r.id)).findFirst().orElseThrow();
    }

    /** Places taken in the session: each participant's registration counts its places. */
    @Override
    public int placesHeld(UUID sessionId) {
        return ((Number) em.createNativeQuery("""
                select coalesce(sum(r.places), 0) from session_participant p join registration r on r.id = p.registration_id
                where p.session_id = ?1""").setParameter(1, sessionId).getSingleResult()).intValue();
    }

    /** The places of {@link #placesHeld} per representation group (participants without one left out). */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Integer> placesHeldByGroup(UUID sessionId) {
        List<Object[]> rows = em.createNativeQuery("""
                select r.representation_group, sum(r.places) from session_participant p
                join registration r on r.id = p.registration_id
                where p.session_id = ?1 and r.representation_group is not null group by r.representation_group""")
                .setParameter(1, sessionId).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).intValue()));
    }

    /** The registration's group, which a participant cannot change from one session to the next. */
    private static String groupFor(Registration r, ParityRule rule, String requested) {
        String group = requested == null || requested.isBlank() ? null : requested.strip();
        if (r.representationGroup != null) {
            if (group != null && !group.equals(r.representationGroup) || !rule.includes(r.representationGroup)) {
                throw ProblemException.unprocessable("representationGroup", "your registration counts you in "
                        + r.representationGroup + "; this session balances " + String.join(", ", rule.groups()));
            }
            return r.representationGroup;
        }
        if (group == null || !rule.includes(group)) {
            throw ProblemException.invalid("representationGroup",
                    "this session balances representation: one of " + String.join(", ", rule.groups()));
        }
        return group;
    }

    /** The participant gives up their place, or an organiser removes them. */
    @Transactional
    public void leave(UUID eventId, UUID sessionId, UUID registrationId, Caller caller) {
        lockedSession(eventId, sessionId);
        Registration r = Registration.findById(registrationId);
        boolean allowed = r != null && (EventAccess.isOrganiser(caller) || r.registrantSubject.equals(caller.subject()));
        if (!allowed || em.createNativeQuery("delete from session_participant where session_id = ?1 and registration_id = ?2")
                .setParameter(1, sessionId).setParameter(2, registrationId).executeUpdate() == 0) {
            throw ProblemException.notFound("participant", registrationId);
        }
    }

    /** A session place a registration holds. */
    public record Place(UUID sessionId, OffsetDateTime joinedAt, OffsetDateTime checkedInAt) {
    }

    /** The session places the registration holds, in the timetable's order (the caller may see the registration). */
    @SuppressWarnings("unchecked")
    public List<Place> placesOf(UUID registrationId) {
        List<Object[]> rows = em.createNativeQuery("""
                select p.session_id, p.joined_at, p.checked_in_at from session_participant p
                join event_session s on s.id = p.session_id
                where p.registration_id = ?1 order by s.starts_at, s.title, s.id""")
                .setParameter(1, registrationId).getResultList();
        return rows.stream().map(row -> new Place((UUID) row[0], time(row[1]), time(row[2]))).toList();
    }

    /** The participant list's cursor name. */
    public static final String PARTICIPANTS = "participants";

    /** The cursor continuing after this participant in {@link #participantsFor}. */
    public static Cursor cursorOf(Participant p) {
        return Cursor.of(PARTICIPANTS, p.name() == null ? "" : p.name(), p.registrationId().toString());
    }

    /** A page of the session's participants by name (then registration id): up to {@code limit + 1}. */
    @SuppressWarnings("unchecked")
    public List<Participant> participantsFor(UUID eventId, UUID sessionId, int limit, Cursor after, Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers see participant lists");
        sessionOf(eventId, sessionId);
        var query = em.createNativeQuery("""
                select r.id, r.registrant_name, r.registrant_email, r.organization_id, r.government_code,
                       r.representation_group, r.places, p.joined_at, p.checked_in_at
                from session_participant p join registration r on r.id = p.registration_id
                where p.session_id = ?1"""
                + (after == null ? "" : " and (coalesce(r.registrant_name, ''), r.id) > (?2, ?3)")
                + " order by coalesce(r.registrant_name, ''), r.id").setParameter(1, sessionId);
        if (after != null) {
            query.setParameter(2, Keyset.text(after, 0)).setParameter(3, Keyset.id(after, 1));
        }
        return participantsOf(query.setMaxResults(limit + 1).getResultList());
    }

    /** Marks the participant present; checking in twice keeps the first time. */
    @Transactional
    public Participant checkIn(UUID eventId, UUID sessionId, UUID registrationId, Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers check participants in");
        sessionOf(eventId, sessionId);
        if (!isParticipant(sessionId, registrationId)) {
            throw ProblemException.notFound("participant", registrationId);
        }
        em.createNativeQuery("""
                update session_participant set checked_in_at = coalesce(checked_in_at, now())
                where session_id = ?1 and registration_id = ?2""")
                .setParameter(1, sessionId).setParameter(2, registrationId).executeUpdate();
        return participants(sessionId).stream().filter(p -> p.registrationId().equals(registrationId)).findFirst()
                .orElseThrow();
    }

    /** A registration that no longer counts gives up its session places (caller holds the event lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseAll(@Observes RegistrationWithdrawn withdrawn) {
        em.createNativeQuery("delete from session_participant where registration_id = ?1")
                .setParameter(1, withdrawn.registrationId()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Participant> participants(UUID sessionId) {
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.registrant_name, r.registrant_email, r.organization_id, r.government_code,
                       r.representation_group, r.places, p.joined_at, p.checked_in_at
                from session_participant p join registration r on r.id = p.registration_id
                where p.session_id = ?1 order by coalesce(r.registrant_name, ''), r.id""")
                .setParameter(1, sessionId).getResultList();
        return participantsOf(rows);
    }

    private static List<Participant> participantsOf(List<Object[]> rows) {
        return rows.stream().map(row -> new Participant((UUID) row[0], (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], ((Number) row[6]).intValue(), time(row[7]),
                time(row[8]))).toList();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private boolean isParticipant(UUID sessionId, UUID registrationId) {
        return ((Number) em.createNativeQuery(
                "select count(*) from session_participant where session_id = ?1 and registration_id = ?2")
                .setParameter(1, sessionId).setParameter(2, registrationId).getSingleResult()).longValue() > 0;
    }

    private static void requireAudience(EventSession session, Caller caller) {
        Audience audience = Audience.fromCode(session.audience);
        boolean government = caller.hasRole(Caller.GOVERNMENT);
        if (audience == Audience.GOVERNMENT && !government || audience == Audience.CIVIL_SOCIETY && government) {
            throw ProblemException.forbidden("session " + session.id + " is for " + audience.code() + " participants");
        }
    }

    private EventSession lockedSession(UUID eventId, UUID sessionId) {
        EventSession session = em.find(EventSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !session.eventId.equals(eventId)) {
            throw ProblemException.notFound("session", sessionId);
        }
        return session;
    }

    private static EventSession sessionOf(UUID eventId, UUID sessionId) {
        EventSession session = EventSession.findById(sessionId);
        if (session == null || !session.eventId.equals(eventId)) {
            throw ProblemException.notFound("session", sessionId);
        }
        return session;
    }
}
