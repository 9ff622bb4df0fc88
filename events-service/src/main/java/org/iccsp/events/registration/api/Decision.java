package org.iccsp.events.registration.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotNull;
import org.iccsp.events.common.Codes;
import org.iccsp.events.registration.domain.RegistrationDecision;

/** An organiser's decision on a registration request. */
public enum Decision {
    APPROVE, REJECT, WAITLIST;

    /** Body of POST /api/v1/registrations/{id}/decision. */
    public record Request(@NotNull Decision decision) {
    }

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Decision fromCode(String code) {
        return Codes.parse(Decision.class, code, "decision");
    }

    /** The domain's decision. */
    public RegistrationDecision command() {
        return RegistrationDecision.valueOf(name());
    }
}
