package org.iccsp.events.event.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iccsp.events.event.domain.ParityRule;

/** One slot of an event's timetable: a session or a working group. */
@Entity
@Table(name = "event_session")
public class EventSession extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String audience;

    public String room;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(nullable = false)
    public int capacity;

    /** The session's own balanced-representation rule, if any (independent of the event's). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "parity_groups", columnDefinition = "text[]")
    public String[] parityGroups;

    @Column(name = "parity_tolerance")
    public Integer parityTolerance;

    /** {@link Event#SCHEDULED} or {@link Event#CANCELLED}. */
    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Bumped on every change: the session's ETag. */
    @Version
    public long version;

    public boolean isCancelled() {
        return Event.CANCELLED.equals(status);
    }

    public Optional<ParityRule> parityRule() {
        return ParityRule.of(parityGroups, parityTolerance);
    }
}
