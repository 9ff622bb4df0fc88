package org.iccsp.events.event.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.iccsp.events.event.domain.ParityRule;

/** An event's or a session's balanced-representation rule; {@code placesHeld} per group only for organisers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParityView(List<String> groups, int tolerance, String rule, Map<String, Integer> placesHeld) {

    /** {@code held} is null for callers who may not see the balance. */
    public static ParityView of(ParityRule rule, Map<String, Integer> held) {
        return new ParityView(rule.groups(), rule.tolerance(), rule.describe(), held == null ? null : rule.tally(held));
    }
}
