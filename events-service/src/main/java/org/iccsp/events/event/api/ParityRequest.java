package org.iccsp.events.event.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.iccsp.events.event.domain.ParityRule;

/**
 * A balanced-representation rule in an event's or a session's body: the participants of each group
 * stay within {@code tolerance} of each other (groups IL and PS with tolerance 1: "within ±1").
 */
public record ParityRequest(@NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 40) String> groups,
        @NotNull @Min(0) @Max(1000) Integer tolerance) {

    ParityRule.Terms terms() {
        return new ParityRule.Terms(groups, tolerance);
    }
}
