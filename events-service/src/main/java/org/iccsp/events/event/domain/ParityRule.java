package org.iccsp.events.event.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccsp.platform.web.ProblemException;

/**
 * Balanced representation, for an event or one of its sessions: the places held by each group stay
 * within the tolerance of each other. Participants outside the groups (delegations) are not counted.
 * A place is refused when it would put its group more than the tolerance ahead of the smallest other
 * group; so when places freed up have left the balance off, the groups behind may still catch up.
 */
public record ParityRule(List<String> groups, int tolerance) {

    /** The rule stored as columns (both null when there is none). */
    public static Optional<ParityRule> of(String[] groups, Integer tolerance) {
        return groups == null || groups.length == 0 || tolerance == null ? Optional.empty()
                : Optional.of(new ParityRule(List.of(groups), tolerance));
    }

    /** A rule as asked for: the groups to balance and the tolerance. */
    public record Terms(List<String> groups, int tolerance) {
    }

    /** Validates the rule asked for; {@code field} names it in a 400 ("parity"). */
    public static ParityRule from(Terms request, String field) {
        List<String> groups = request.groups().stream().map(String::strip).distinct().toList();
        if (groups.size() < 2) {
            throw ProblemException.invalid(field + ".groups", "must name at least two different groups");
        }
        return new ParityRule(groups, request.tolerance());
    }

    public String[] groupArray() {
        return groups.toArray(String[]::new);
    }

    /** As shown to organisers and in a refusal. */
    public String describe() {
        return "confirmed participants of " + String.join(", ", groups) + " stay within ±" + tolerance + " of each other";
    }

    public boolean includes(String group) {
        return groups.contains(group);
    }

    /** Places held per group, every group listed (0 when none), others dropped. */
    public Map<String, Integer> tally(Map<String, Integer> held) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        groups.forEach(g -> counts.put(g, held.getOrDefault(g, 0)));
        return counts;
    }

    /** May a participant of {@code group} take {@code places} more, given the places held now? */
    public boolean allows(Map<String, Integer> held, String group, int places) {
        if (group == null || !includes(group)) {
            return true;
        }
        Map<String, Integer> counts = tally(held);
        int after = counts.get(group) + places;
        int smallestOther = counts.entrySet().stream().filter(e -> !e.getKey().equals(group))
                .mapToInt(Map.Entry::getValue).min().orElse(after);
        return after - smallestOther <= tolerance;
    }
}
