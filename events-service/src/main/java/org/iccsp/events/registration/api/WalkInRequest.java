package org.iccsp.events.registration.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iccsp.events.registration.domain.WalkIn;

/**
 * Body of POST /api/v1/events/{id}/walk-ins: a person who arrives unregistered, whom the organiser at the
 * desk registers and checks in at once. {@code affiliation}: the organisation they name (free text);
 * {@code representationGroup}: required when the event balances representation.
 */
public record WalkInRequest(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 300) String affiliation,
        @Size(max = 40) String representationGroup) {

    /** The domain's command. */
    public WalkIn command() {
        return new WalkIn(name, email, affiliation, representationGroup);
    }
}
