package org.iccsp.notification.projection.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** Who registered for which event and where they stand (from events.registrations). */
@Entity
@Table(name = "registration_projection")
public class RegistrationProjection extends PanacheEntityBase {
    /** Registrations that still care about their event's changes. */
    public static final List<String> ACTIVE = List.of("requested", "confirmed", "waitlisted", "offered");

    @Id
    @Column(name = "registration_id")
    public String registrationId;
    @Column(name = "event_id", nullable = false)
    public String eventId;
    @Column(name = "registrant_subject")
    public String registrantSubject;
    public String email;
    @Column(nullable = false)
    public String status;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static List<RegistrationProjection> activeFor(String eventId) {
        return list("eventId = ?1 and status in ?2 and email is not null order by registrationId", eventId, ACTIVE);
    }
}
