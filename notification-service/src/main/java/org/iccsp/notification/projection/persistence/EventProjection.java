package org.iccsp.notification.projection.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The latest known state of an event (from events.events), for texts and calendar attachments. */
@Entity
@Table(name = "event_projection")
public class EventProjection extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(nullable = false)
    public String title;
    public String venue;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;
    @Column(nullable = false)
    public String status;
    /** RFC 5545 SEQUENCE: bumped on every change so calendars replace the entry. */
    @Column(nullable = false)
    public int sequence;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
