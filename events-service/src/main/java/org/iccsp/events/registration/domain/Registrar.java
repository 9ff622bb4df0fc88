package org.iccsp.events.registration.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iccsp.events.common.Keyset;
import org.iccsp.events.common.Precondition;
import org.iccsp.events.event.domain.EventAccess;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.ParityRule;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.event.persistence.EventSession;
import org.iccsp.events.invitation.domain.Invitations;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.events.organization.persistence.KnownOrganization;
import org.iccsp.events.registration.messaging.RegistrationPublisher;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.ProblemException;

/**
 * Registration rules. Everything that takes or frees places runs under the event's row lock
 * (SELECT ... FOR UPDATE), so the places held never exceed the capacity however many requests race.
 * Public events and invitees are confirmed at once while places remain (else waitlisted); other
 * registrations wait for an organiser's decision.
 */
@ApplicationScoped
public class Registrar {
    private final EventAccess access;
    private final Invitations invitations;
    private final Waitlist waitlist;
    private final RegistrationPublisher publisher;
    private final ObjectMapper json;
    private final jakarta.enterprise.event.Event<RegistrationWithdrawn> withdrawn;
    private final Clock clock;

    public Registrar(EventAccess access, Invitations invitations, Waitlist waitlist, RegistrationPublisher publisher,
            ObjectMapper json, jakarta.enterprise.event.Event<RegistrationWithdrawn> withdrawn, Clock clock) {
        this.withdrawn = withdrawn;
        this.clock = clock;
        this.access = access;
        this.invitations = invitations;
        this.waitlist = waitlist;
        this.publisher = publisher;
        this.json = json;
    }

    @Transactional
    public Registration register(UUID eventId, Register request, Caller caller) {
        Event event = EventPlanner.lockedEvent(eventId);
        if (request.invitationToken() != null && !access.canSee(caller, event)
                && !invitations.isInvitationTo(event, request.invitationToken())) {
            // a made-up token (or one for another event) must not tell an unseen event from none (issue 17)
            throw ProblemException.notFound("event", eventId);
        }
        Invitation invitation = request.invitationToken() == null ? null
                : invitations.redeem(event, request.invitationToken(), caller);
        if (invitation == null && !access.canSee(caller, event)) {
            throw ProblemException.notFound("event", eventId);
        }
        if (event.isCancelled()) {
            throw ProblemException.conflict("event " + eventId + " is cancelled");
        }
        if (!event.endsAt.isAfter(now())) {
            throw ProblemException.conflict("event " + eventId + " is over");
        }
        boolean invitationOnly = Visibility.INVITATION_ONLY.code().equals(event.visibility);
        if (invitationOnly && invitation == null && !EventAccess.isOrganiser(caller)) {
            throw ProblemException.forbidden("event " + eventId + " is by invitation only");
        }
        if (Registration.count("eventId = ?1 and registrantSubject = ?2 and status in ?3", eventId, caller.subject(),
                RegistrationStatus.LIVE) > 0) {
            throw ProblemException.conflict("you are already registered for event " + eventId);
        }
        OffsetDateTime now = now();
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.eventId = eventId;
        r.registrantSubject = caller.subject();
        r.registrantEmail = caller.email();
        r.registrantName = request.name() != null && !request.name().isBlank() ? request.name().strip() : caller.username();
        r.invitationId = invitation == null ? null : invitation.id;
        r.places = 1;
        if (request.forOrganization()) {
            r.organizationId = verifiedOrganisationOf(caller);
        }
        if (request.delegation() != null) {
            r.governmentCode = governmentOf(caller, eventId);
            r.delegation = protocolOrder(request.delegation());
            r.places = 1 + (request.delegation().members() == null ? 0 : request.delegation().members().size());
        }
        r.representationGroup = request.delegation() == null ? representationGroup(event, request) : null;
        if (r.places > event.capacity) {
            throw ProblemException.unprocessable("delegation", "the event has only " + event.capacity + " places");
        }
        r.createdAt = now;
        r.updatedAt = now;
        boolean confirmedWithoutDecision = Visibility.PUBLIC.code().equals(event.visibility) || invitation != null
                || invitationOnly && EventAccess.isOrganiser(caller);
        if (!confirmedWithoutDecision) {
            r.awaitDecision(now);
        } else if (fits(event, r.places) && Waitlist.keepsBalance(event, r)) {
            r.confirm(now);
        } else {
            waitlist.join(r); // full, or confirming would unbalance representation
        }
        r.persist();
        publisher.transitioned(r, caller.subject());
        if (RegistrationStatus.CONFIRMED.is(r.status) && event.hasParityRule()) {
            Registration.flush();
            waitlist.offerFreePlaces(event, caller.subject()); // the balance may now let someone in
        }
        return r;
    }

    public Registration decide(UUID id, RegistrationDecision decision, Caller caller) {
        return decide(id, decision, Precondition.none(), caller);
    }

    /** An organiser's decision, once {@code precondition} (If-Match) holds on the locked registration. */
    @Transactional
    public Registration decide(UUID id, RegistrationDecision decision, Precondition<Registration> precondition,
            Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers decide on registrations");
        Registration r = registrationUnderEventLock(id);
        precondition.check(r);
        Event event = Event.findById(r.eventId);
        String before = r.status;
        switch (decision) {
            case APPROVE -> r.approve(() -> {
                if (event.isCancelled()) {
                    throw ProblemException.conflict("event " + event.id + " is cancelled");
                }
                if (!fits(event, r.places)) {
                    throw ProblemException.conflict("event " + event.id + " has no place left; waitlist instead");
                }
                if (!Waitlist.keepsBalance(event, r)) {
                    ParityRule rule = event.parityRule().orElseThrow();
                    throw ProblemException.unprocessable("representationGroup", "confirming would break the rule: "
                            + rule.describe() + " (now " + rule.tally(Registration.placesHeldByGroup(event.id)) + ")");
                }
            }, now());
            case WAITLIST -> waitlist.join(r);
            case REJECT -> r.reject(now());
        }
        return transitioned(r, event, before, caller);
    }

    /** Self-service cancellation (organisers may cancel anyone's); a freed place goes to the waitlist. */
    public Registration cancel(UUID id, Caller caller) {
        return cancel(id, Precondition.none(), caller);
    }

    @Transactional
    public Registration cancel(UUID id, Precondition<Registration> precondition, Caller caller) {
        Registration r = registrationUnderEventLock(id);
        requireOwnerOrOrganiser(r, caller);
        precondition.check(r);
        String before = r.status;
        r.cancel(now());
        return transitioned(r, Event.findById(r.eventId), before, caller);
    }

    /** The registrant takes the place offered to them, while the offer lasts. */
    public Registration acceptOffer(UUID id, Caller caller) {
        return acceptOffer(id, Precondition.none(), caller);
    }

    @Transactional
    public Registration acceptOffer(UUID id, Precondition<Registration> precondition, Caller caller) {
        Registration r = registrationUnderEventLock(id);
        if (!caller.subject().equals(r.registrantSubject)) {
            throw ProblemException.notFound("registration", id);
        }
        precondition.check(r);
        Event event = Event.findById(r.eventId);
        String before = r.status;
        r.acceptOffer(() -> {
            if (event.isCancelled()) {
                throw ProblemException.conflict("event " + event.id + " is cancelled");
            }
        }, now());
        return transitioned(r, event, before, caller);
    }

    /** Ends an offer whose time ran out (run by {@link OfferExpiry}); the place goes to the next in line. */
    @Transactional
    public void expireOffer(UUID id) {
        Registration r = registrationUnderEventLock(id);
        if (!r.expireOffer(now())) {
            return; // accepted or cancelled meanwhile
        }
        publisher.transitioned(r, "system");
        waitlist.offerFreePlaces(Event.findById(r.eventId), "system");
    }

    public Registration visible(UUID id, Caller caller) {
        Registration r = Registration.findById(id);
        if (r == null) {
            throw ProblemException.notFound("registration", id);
        }
        requireOwnerOrOrganiser(r, caller);
        return r;
    }

    /** Cursor names of the registration lists. */
    public static final String EVENT_REGISTRATIONS = "event-registrations";
    public static final String WAITLIST = "waitlist";
    public static final String MINE = "my-registrations";

    /** The cursor continuing after this registration in {@link #ofEvent}. */
    public static Cursor cursorOf(Registration r) {
        return Cursor.of(EVENT_REGISTRATIONS, r.createdAt.toString(), r.id.toString());
    }

    /** The cursor continuing after this registration in {@link #waitlistOf}. */
    public static Cursor waitlistCursorOf(Registration r) {
        return Cursor.of(WAITLIST, String.valueOf(r.waitlistPosition));
    }

    /** A page of the event's registrations, oldest first (created, id): up to {@code limit + 1}. */
    public List<Registration> ofEvent(UUID eventId, int limit, Cursor after, Caller caller) {
        requireOrganiserOf(eventId, caller);
        if (after == null) {
            return Registration.find("eventId = ?1 order by createdAt, id", eventId).page(0, limit + 1).list();
        }
        return Registration.find("eventId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                eventId, Keyset.time(after, 0), Keyset.id(after, 1)).page(0, limit + 1).list();
    }

    private static void requireOrganiserOf(UUID eventId, Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers see an event's registrations");
        if (Event.findById(eventId) == null) {
            throw ProblemException.notFound("event", eventId);
        }
    }

    /** A registration with its event. */
    public record Own(Registration registration, Event event) {
    }

    /**
     * A page of the caller's own registrations: events not yet ended first, then by event start (then registration
     * time and id); all statuses if none given; up to {@code limit + 1} after the cursor's. The cursor records which
     * part (not ended, ended) its row was in.
     */
    public List<Own> mine(Caller caller, Set<RegistrationStatus> statuses, int limit, Cursor after) {
        return mine(caller, statuses, null, limit, after);
    }

    /** {@link #mine(Caller, Set, int, Cursor)} for one event only ({@code eventId}; null: every event). */
    public List<Own> mine(Caller caller, Set<RegistrationStatus> statuses, UUID eventId, int limit, Cursor after) {
        List<String> codes = (statuses.isEmpty() ? EnumSet.allOf(RegistrationStatus.class) : statuses).stream()
                .map(RegistrationStatus::code).toList();
        OffsetDateTime now = now();
        String keyset = "";
        int eventParameter = after == null ? 4 : 8; // ordinal parameters without a gap
        if (after != null) {
            keyset = " and (case when e.endsAt > ?3 then 0 else 1 end > ?4 or (case when e.endsAt > ?3 then 0 else 1 end = ?4"
                    + " and (e.startsAt > ?5 or (e.startsAt = ?5 and (r.createdAt > ?6 or (r.createdAt = ?6 and r.id > ?7))))))";
        }
        var query = Registration.getEntityManager().createQuery("""
                select r, e from Registration r join Event e on e.id = r.eventId
                where r.registrantSubject = ?1 and r.status in ?2""" + keyset
                + (eventId == null ? "" : " and r.eventId = ?" + eventParameter)
                + " order by case when e.endsAt > ?3 then 0 else 1 end, e.startsAt, r.createdAt, r.id", Object[].class)
                .setParameter(1, caller.subject()).setParameter(2, codes).setParameter(3, now);
        if (after != null) {
            query.setParameter(4, (int) Keyset.number(after, 0)).setParameter(5, Keyset.time(after, 1))
                    .setParameter(6, Keyset.time(after, 2)).setParameter(7, Keyset.id(after, 3));
        }
        if (eventId != null) {
            query.setParameter(eventParameter, eventId);
        }
        return query.setMaxResults(limit + 1).getResultStream()
                .map(row -> new Own((Registration) row[0], (Event) row[1])).toList();
    }

    /** The cursor continuing after this row of {@link #mine} (read at {@code now}). */
    public static Cursor mineCursorOf(Own own, OffsetDateTime now) {
        return Cursor.of(MINE, own.event().endsAt.isAfter(now) ? "0" : "1", own.event().startsAt.toString(),
                own.registration().createdAt.toString(), own.registration().id.toString());
    }

    /** The waitlist, head first (waitlist position): up to {@code limit + 1} after the cursor's. */
    public List<Registration> waitlistOf(UUID eventId, int limit, Cursor after, Caller caller) {
        requireOrganiserOf(eventId, caller);
        return waitlist.ordered(eventId, after == null ? null : Keyset.number(after, 0), limit + 1);
    }

    private Registration transitioned(Registration r, Event event, String before, Caller caller) {
        if (RegistrationStatus.CONFIRMED.is(before)) {
            withdrawn.fire(new RegistrationWithdrawn(r.id)); // it gives up its session places
        }
        publisher.transitioned(r, caller.subject());
        boolean placesChanged = RegistrationStatus.HOLDING_PLACES.contains(before) != r.holdsPlaces();
        if (placesChanged || event.hasParityRule() && RegistrationStatus.CONFIRMED.is(r.status)) {
            Registration.flush();
            waitlist.offerFreePlaces(event, caller.subject());
        }
        return r;
    }

    /**
     * The group a participant counts in (delegations count in none): required by an event's own rule;
     * otherwise optional, one of the groups its sessions balance, so it is known when taking their places.
     */
    private static String representationGroup(Event event, Register request) {
        String group = request.representationGroup() == null || request.representationGroup().isBlank() ? null
                : request.representationGroup().strip();
        Optional<ParityRule> rule = event.parityRule();
        if (rule.isPresent()) {
            if (group == null || !rule.get().includes(group)) {
                throw ProblemException.invalid("representationGroup",
                        "this event balances representation: one of " + String.join(", ", rule.get().groups()));
            }
            return group;
        }
        if (group == null) {
            return null;
        }
        List<String> sessionGroups = EventSession.<EventSession>list("eventId = ?1 and parityGroups is not null", event.id)
                .stream().flatMap(s -> s.parityRule().stream()).flatMap(p -> p.groups().stream()).distinct().toList();
        if (!sessionGroups.contains(group)) {
            throw ProblemException.invalid("representationGroup", sessionGroups.isEmpty()
                    ? "neither this event nor its sessions balance representation"
                    : "its sessions balance representation: one of " + String.join(", ", sessionGroups));
        }
        return group;
    }

    private static boolean fits(Event event, int places) {
        return Registration.placesHeld(event.id) + places <= event.capacity;
    }

    /** Locks the registration's event first, then reads the registration as it is now. */
    private static Registration registrationUnderEventLock(UUID id) {
        Registration r = Registration.findById(id);
        if (r == null) {
            throw ProblemException.notFound("registration", id);
        }
        EventPlanner.lockedEvent(r.eventId);
        Registration.getEntityManager().refresh(r);
        return r;
    }

    private static void requireOwnerOrOrganiser(Registration r, Caller caller) {
        if (!caller.isAnonymous() && (caller.subject().equals(r.registrantSubject) || EventAccess.isOrganiser(caller))) {
            return;
        }
        throw ProblemException.notFound("registration", r.id);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String verifiedOrganisationOf(Caller caller) {
        String org = caller.organizationId().filter(o -> caller.hasRole(Caller.CSO)).orElseThrow(() ->
                ProblemException.forbidden("your account is not linked to an organisation (no organization_id claim)"));
        if (!KnownOrganization.isVerified(org)) {
            throw ProblemException.unprocessable("onBehalfOfOrganization",
                    "organisation " + org + " is not verified in the directory");
        }
        return org;
    }

    private static String governmentOf(Caller caller, UUID eventId) {
        String code = caller.governmentCode().filter(c -> caller.hasRole(Caller.GOVERNMENT)).orElseThrow(() ->
                ProblemException.forbidden("only government users register delegations (no government_code claim)"));
        if (Registration.count("eventId = ?1 and governmentCode = ?2 and status in ?3", eventId, code,
                RegistrationStatus.LIVE) > 0) {
            throw ProblemException.conflict("government " + code + " already has a delegation registered");
        }
        return code;
    }

    private String protocolOrder(Register.Delegation delegation) {
        List<Map<String, Object>> people = new ArrayList<>();
        people.add(person(delegation.head(), 1, "head"));
        List<Register.Delegate> members = delegation.members() == null ? List.of() : delegation.members();
        for (int i = 0; i < members.size(); i++) {
            people.add(person(members.get(i), i + 2, "member"));
        }
        try {
            return json.writeValueAsString(people);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write delegation", e);
        }
    }

    private static Map<String, Object> person(Register.Delegate d, int order, String role) {
        Map<String, Object> person = new java.util.LinkedHashMap<>();
        person.put("protocolOrder", order);
        person.put("role", role);
        person.put("name", d.name().strip());
        person.put("title", d.title());
        return person;
    }
}
