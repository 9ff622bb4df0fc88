package org.iccsp.events.workinggroup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.hibernate.validator.constraints.URL;
import org.iccsp.events.workinggroup.domain.OutputKind;
import org.iccsp.events.workinggroup.domain.WorkingGroupCommands;

/** Bodies of the /api/v1/working-groups endpoints. */
public final class WorkingGroupRequests {
    private WorkingGroupRequests() {
    }

    public record Create(@NotNull UUID eventId, UUID sessionId, @NotBlank @Size(max = 200) String name,
            @Size(max = 5000) String description) {

        WorkingGroupCommands.Create command() {
            return new WorkingGroupCommands.Create(eventId, sessionId, name, description);
        }
    }

    public record Member(@NotNull UUID registrationId) {
    }

    public record Output(@NotBlank @Size(max = 300) String title, @NotNull OutputKind kind,
            @URL(regexp = "^https?://.*", message = "must be an http(s) URL") @Size(max = 1000) String url,
            @Size(max = 100_000) String body) {

        WorkingGroupCommands.Output command() {
            return new WorkingGroupCommands.Output(title, kind, url, body);
        }
    }
}
