package org.iccsp.directory.organization.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Locale;
import org.iccsp.directory.organization.domain.OrganizationRegistry;

/** Body of POST /api/v1/organizations/{id}/verification: an admin's decision; a rejection needs a reason. */
public record Review(@NotNull Decision decision, @Size(max = 1000) String reason) {

    OrganizationRegistry.Decision command() {
        return new OrganizationRegistry.Decision(decision == Decision.VERIFY, reason);
    }

    public enum Decision {
        VERIFY, REJECT;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Decision fromCode(String code) {
            return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown decision " + code + " (verify or reject)"));
        }
    }
}
