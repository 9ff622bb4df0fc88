package org.iccsp.events.workinggroup.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.hibernate.validator.constraints.URL;
import org.iccsp.events.common.Codes;

/** Bodies of the /api/v1/working-groups endpoints. */
public final class WorkingGroupRequests {
    private WorkingGroupRequests() {
    }

    public record Create(@NotNull UUID eventId, UUID sessionId, @NotBlank @Size(max = 200) String name,
            @Size(max = 5000) String description) {
    }

    public record Member(@NotNull UUID registrationId) {
    }

    public record Output(@NotBlank @Size(max = 300) String title, @NotNull OutputKind kind,
            @URL(regexp = "^https?://.*", message = "must be an http(s) URL") @Size(max = 1000) String url,
            @Size(max = 100_000) String body) {
    }

    public enum OutputKind {
        SHARED_PRINCIPLES, STATEMENT, REPORT, OTHER;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }

        @JsonCreator
        public static OutputKind fromCode(String code) {
            return Codes.parse(OutputKind.class, code, "output kind");
        }
    }
}
