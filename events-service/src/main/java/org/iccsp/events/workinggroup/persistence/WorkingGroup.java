package org.iccsp.events.workinggroup.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A working group of an event; members and the chair are confirmed registrations of that event. */
@Entity
@Table(name = "working_group")
public class WorkingGroup extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "chair_registration_id")
    public UUID chairRegistrationId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
