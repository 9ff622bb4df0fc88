package org.iccsp.events.event.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.iccsp.events.event.domain.Audience;
import org.iccsp.events.event.domain.PlanSession;
import org.iccsp.events.event.domain.SessionKind;

/**
 * Body of POST /api/v1/events/{id}/sessions; times are wall-clock at the venue, within the event.
 * {@code parity} is the session's own balanced-representation rule.
 */
public record SessionRequest(
        @NotBlank @Size(max = 300) String title,
        @NotNull SessionKind kind,
        @NotNull Audience audience,
        @Size(max = 200) String room,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @NotNull @Min(1) @Max(100_000) Integer capacity,
        @Valid ParityRequest parity) {

    /** The domain's command. */
    public PlanSession command() {
        return new PlanSession(title, kind, audience, room, startsAt, endsAt, capacity,
                parity == null ? null : parity.terms());
    }
}
