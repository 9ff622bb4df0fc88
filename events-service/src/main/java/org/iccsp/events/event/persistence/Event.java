package org.iccsp.events.event.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iccsp.events.event.domain.ParityRule;
import org.iccsp.platform.web.ProblemException;

/** An event; kind, visibility and status hold the wire codes of their enums. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {
    public static final String SCHEDULED = "scheduled";
    public static final String CANCELLED = "cancelled";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String venue;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(nullable = false)
    public String visibility;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "feeds_event_id")
    public UUID feedsEventId;

    @Column(nullable = false)
    public String status;

    /** Balanced representation: confirmed participants of these groups stay within the tolerance. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "parity_groups", columnDefinition = "text[]")
    public String[] parityGroups;

    @Column(name = "parity_tolerance")
    public Integer parityTolerance;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * How many times the event was changed or cancelled: the SEQUENCE of every registrant's calendar
     * entry (the same count notification-service keeps from {@code changed} and {@code cancelled} events).
     */
    @Column(name = "calendar_sequence", nullable = false)
    public int calendarSequence;

    @Version
    public long version;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean hasParityRule() {
        return parityRule().isPresent();
    }

    public Optional<ParityRule> parityRule() {
        return ParityRule.of(parityGroups, parityTolerance);
    }

    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    /** Scheduled → cancelled, once (409 the second time); the event stays readable. */
    public void cancel(OffsetDateTime now) {
        if (isCancelled()) {
            throw ProblemException.conflict("event " + id + " is already cancelled");
        }
        status = CANCELLED;
        updatedAt = now;
    }
}
