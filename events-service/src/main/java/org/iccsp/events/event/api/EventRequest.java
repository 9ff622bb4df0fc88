package org.iccsp.events.event.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.UUID;
import org.iccsp.events.event.domain.EventKind;
import org.iccsp.events.event.domain.ScheduleEvent;
import org.iccsp.events.event.domain.Visibility;

/**
 * Body of POST /api/v1/events and PUT /api/v1/events/{id}. {@code startsAt}/{@code endsAt} are wall-clock
 * times at the venue, in {@code timeZone} (an IANA zone id such as Europe/Rome).
 */
public record EventRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 5000) String description,
        @NotNull EventKind kind,
        @NotBlank @Size(max = 300) String venue,
        @NotBlank @Size(max = 64) String timeZone,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @NotNull Visibility visibility,
        @NotNull @Min(1) @Max(100_000) Integer capacity,
        UUID feedsEventId,
        @Valid ParityRequest parity) {

    /** The domain's command. */
    public ScheduleEvent command() {
        return new ScheduleEvent(title, description, kind, venue, timeZone, startsAt, endsAt, visibility, capacity,
                feedsEventId, parity == null ? null : parity.terms());
    }
}
