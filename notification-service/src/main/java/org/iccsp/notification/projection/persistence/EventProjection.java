package org.iccsp.notification.projection.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.ConfigProvider;
import org.iccsp.platform.calendar.RegistrationCalendar;
import org.iccsp.platform.calendar.RegistrationInvitation;

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
    /**
     * RFC 5545 SEQUENCE: the number of {@code changed} and {@code cancelled} events seen, which is
     * events-service's {@code event.calendar_sequence}, so e-mailed and downloaded entries agree.
     */
    @Column(nullable = false)
    public int sequence;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The venue's time zone (UTC for an event published before events carried one). */
    public ZoneId zone() {
        return timeZone == null || timeZone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timeZone);
    }

    /** Start and end in the venue's local time ("2026-05-10 10:00 – 2026-05-10 18:30"). */
    public String when() {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return day.format(startsAt.atZoneSameInstant(zone())) + " – " + day.format(endsAt.atZoneSameInstant(zone()));
    }

    public boolean isCancelled() {
        return "cancelled".equals(status);
    }

    /**
     * The registration's calendar entry as events-service's download has it (platform-calendar: same
     * UID, same SEQUENCE), {@code METHOD:CANCEL} once the event is cancelled.
     */
    public String invitation(String registrationId, String attendeeEmail, Instant now) {
        String organizer = ConfigProvider.getConfig().getOptionalValue("iccsp.calendar.organizer-email", String.class)
                .orElse("events@iccsp.org");
        return RegistrationCalendar.render(new RegistrationInvitation(registrationId, sequence, isCancelled(), title,
                venue, null, zone(), startsAt.toInstant(), endsAt.toInstant(), organizer, null, attendeeEmail),
                now);
    }
}
