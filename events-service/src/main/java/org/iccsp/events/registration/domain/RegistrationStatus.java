package org.iccsp.events.registration.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.iccsp.events.common.Codes;

/**
 * requested → (organiser) confirmed | waitlisted | rejected; waitlisted → offered (a place freed) →
 * confirmed (accepted) | expired; any live one → cancelled by its registrant.
 */
public enum RegistrationStatus {
    REQUESTED, CONFIRMED, WAITLISTED, OFFERED, REJECTED, CANCELLED, EXPIRED;

    /** Codes of the statuses that still count as "registered" (one per person and event). */
    public static final List<String> LIVE = List.of("requested", "confirmed", "waitlisted", "offered");
    /** Codes of the statuses that hold places against the capacity. */
    public static final List<String> HOLDING_PLACES = List.of("confirmed", "offered");

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public boolean is(String code) {
        return code().equals(code);
    }
}
