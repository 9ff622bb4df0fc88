package org.iccsp.events.registration.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iccsp.events.registration.domain.RegistrationStatus;
import org.iccsp.platform.web.ProblemException;

/**
 * A registration for an event, the aggregate owning its lifecycle (the transitions below); status holds
 * a {@code RegistrationStatus} code. Time is passed in (from the service's {@code Clock}).
 */
@Entity
@Table(name = "registration")
public class Registration extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "registrant_subject", nullable = false)
    public String registrantSubject;

    @Column(name = "registrant_email")
    public String registrantEmail;

    @Column(name = "registrant_name")
    public String registrantName;

    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "government_code")
    public String governmentCode;

    /** The delegation's people in protocol order (head first), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String delegation;

    @Column(nullable = false)
    public int places;

    /** The group this participant counts in for an event's parity rule (e.g. IL or PS). */
    @Column(name = "representation_group")
    public String representationGroup;

    @Column(nullable = false)
    public String status;

    @Column(name = "waitlist_position")
    public Long waitlistPosition;

    @Column(name = "offer_expires_at")
    public OffsetDateTime offerExpiresAt;

    @Column(name = "invitation_id")
    public UUID invitationId;

    /** When the participant was checked in at the venue (null: not yet, or the check-in was undone). */
    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    /** The organisation a walk-in names (free text; registrations made by people themselves have none). */
    @Column
    public String affiliation;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** Places held against the event's capacity by confirmed registrations and open offers. */
    public static int placesHeld(UUID eventId) {
        Long held = getEntityManager().createQuery("""
                select coalesce(sum(r.places), 0) from Registration r
                where r.eventId = ?1 and r.status in ?2""", Long.class)
                .setParameter(1, eventId).setParameter(2, RegistrationStatus.HOLDING_PLACES).getSingleResult();
        return held.intValue();
    }

    /** The places of {@link #placesHeld} per representation group (registrations without one left out). */
    public static Map<String, Integer> placesHeldByGroup(UUID eventId) {
        return getEntityManager().createQuery("""
                select r.representationGroup, sum(r.places) from Registration r
                where r.eventId = ?1 and r.status in ?2 and r.representationGroup is not null
                group by r.representationGroup""", Object[].class)
                .setParameter(1, eventId).setParameter(2, RegistrationStatus.HOLDING_PLACES).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).intValue()));
    }

    /*
     * The lifecycle (see RegistrationStatus): a new registration awaits a decision, is confirmed or
     * joins the waitlist; waitlisted → offered (a place freed) → confirmed (accepted) | expired; the
     * organiser approves, waitlists or rejects; any live one can be cancelled. A transition from a status
     * that does not allow it is a 409 and changes nothing. Leaving "confirmed" withdraws the calendar
     * invitation the registrant holds (a new SEQUENCE).
     */

    /** A new registration of a members-only event waits for an organiser's decision. */
    public void awaitDecision(OffsetDateTime now) {
        requireNew();
        moveTo(RegistrationStatus.REQUESTED, now);
    }

    /** A new registration takes its places at once. */
    public void confirm(OffsetDateTime now) {
        requireNew();
        moveTo(RegistrationStatus.CONFIRMED, now);
    }

    /** A new or requested registration joins the waitlist at {@code position} (first in, first out). */
    public void joinWaitlist(long position, OffsetDateTime now) {
        if (status != null) {
            requireStatus(RegistrationStatus.REQUESTED);
        }
        moveTo(RegistrationStatus.WAITLISTED, now);
        waitlistPosition = position;
    }

    /** A freed place is offered to a waitlisted registration until {@code expiresAt}; it holds the place. */
    public void offer(OffsetDateTime expiresAt, OffsetDateTime now) {
        requireStatus(RegistrationStatus.WAITLISTED);
        moveTo(RegistrationStatus.OFFERED, now);
        offerExpiresAt = expiresAt;
    }

    /**
     * An organiser approves a requested or waitlisted registration; {@code placeCheck} (the event is open,
     * the place fits and keeps the balance) runs once the status allows it and may refuse.
     */
    public void approve(Runnable placeCheck, OffsetDateTime now) {
        requireStatus(RegistrationStatus.REQUESTED, RegistrationStatus.WAITLISTED);
        placeCheck.run();
        moveTo(RegistrationStatus.CONFIRMED, now);
        waitlistPosition = null;
    }

    /**
     * The registrant takes the place offered, while the offer lasts; {@code eventCheck} (the event is
     * not cancelled) runs once the status allows it and may refuse.
     */
    public void acceptOffer(Runnable eventCheck, OffsetDateTime now) {
        requireStatus(RegistrationStatus.OFFERED);
        eventCheck.run();
        if (!offerExpiresAt.isAfter(now)) {
            throw ProblemException.conflict("the offer expired at " + offerExpiresAt);
        }
        moveTo(RegistrationStatus.CONFIRMED, now);
        waitlistPosition = null;
        offerExpiresAt = null;
    }

    /** An organiser rejects any live registration. */
    public void reject(OffsetDateTime now) {
        requireStatus(RegistrationStatus.REQUESTED, RegistrationStatus.WAITLISTED, RegistrationStatus.OFFERED,
                RegistrationStatus.CONFIRMED);
        end(RegistrationStatus.REJECTED, now);
    }

    /** The registrant (or an organiser) cancels any live registration. */
    public void cancel(OffsetDateTime now) {
        requireStatus(RegistrationStatus.REQUESTED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.OFFERED);
        end(RegistrationStatus.CANCELLED, now);
    }

    /**
     * A person who arrives unregistered: an organiser registers them at the desk, confirmed and checked in at
     * once ({@code placeCheck}, the event is open and has a place, runs first and may refuse).
     */
    public void walkIn(Runnable placeCheck, OffsetDateTime now) {
        requireNew();
        placeCheck.run();
        moveTo(RegistrationStatus.CONFIRMED, now);
        checkedInAt = now;
    }

    /** An organiser checks a confirmed participant in at the venue; once only (409 when already checked in). */
    public void checkIn(OffsetDateTime now) {
        requireStatus(RegistrationStatus.CONFIRMED);
        if (checkedInAt != null) {
            throw ProblemException.conflict("registration " + id + " was already checked in at " + checkedInAt);
        }
        checkedInAt = now;
        updatedAt = now;
    }

    /** An organiser undoes a check-in made by mistake (409 when the registration is not checked in). */
    public void undoCheckIn(OffsetDateTime now) {
        if (checkedInAt == null) {
            throw ProblemException.conflict("registration " + id + " is not checked in");
        }
        checkedInAt = null;
        updatedAt = now;
    }

    /** Ends an offer whose time ran out; false (and nothing changes) when it was taken, ended or still runs. */
    public boolean expireOffer(OffsetDateTime now) {
        if (!RegistrationStatus.OFFERED.is(status) || offerExpiresAt.isAfter(now)) {
            return false;
        }
        moveTo(RegistrationStatus.EXPIRED, now);
        waitlistPosition = null;
        return true;
    }

    /** Does it hold places against the event's capacity (confirmed, or an open offer)? */
    public boolean holdsPlaces() {
        return RegistrationStatus.HOLDING_PLACES.contains(status);
    }

    private void end(RegistrationStatus ended, OffsetDateTime now) {
        moveTo(ended, now);
        waitlistPosition = null;
        offerExpiresAt = null;
    }

    private void moveTo(RegistrationStatus next, OffsetDateTime now) {
        status = next.code();
        updatedAt = now;
    }

    private void requireNew() {
        if (status != null) {
            throw ProblemException.conflict("registration " + id + " is " + status);
        }
    }

    private void requireStatus(RegistrationStatus... allowed) {
        for (RegistrationStatus s : allowed) {
            if (s.is(status)) {
                return;
            }
        }
        throw ProblemException.conflict("registration " + id + " is " + status);
    }
}
