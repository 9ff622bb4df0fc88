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

/** A registration for an event; status holds a {@code RegistrationStatus} code. */
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
}
