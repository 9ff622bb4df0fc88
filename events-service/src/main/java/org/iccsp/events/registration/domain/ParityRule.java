package org.iccsp.events.registration.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.registration.persistence.Registration;

/**
 * Balanced representation: the places held (confirmed and offered) by each of the event's groups
 * stay within the tolerance of each other. Checked before a registration is confirmed and before a
 * waitlisted one is offered a place. Participants outside the groups (delegations) are not counted.
 */
public final class ParityRule {
    private ParityRule() {
    }

    public static String describe(Event event) {
        return "confirmed participants of " + String.join(", ", event.parityGroups) + " stay within ±"
                + event.parityTolerance + " of each other";
    }

    /** Places held per group, every group listed (0 when none). */
    public static Map<String, Integer> counts(Event event) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(event.parityGroups).forEach(g -> counts.put(g, 0));
        List<Object[]> rows = Registration.getEntityManager().createQuery("""
                select r.representationGroup, sum(r.places) from Registration r
                where r.eventId = ?1 and r.status in ?2 and r.representationGroup is not null
                group by r.representationGroup""", Object[].class)
                .setParameter(1, event.id).setParameter(2, RegistrationStatus.HOLDING_PLACES).getResultList();
        rows.forEach(row -> counts.computeIfPresent((String) row[0], (g, n) -> n + ((Number) row[1]).intValue()));
        return counts;
    }

    /** Would giving this (not yet place-holding) registration its places keep the event balanced? */
    public static boolean allows(Event event, Registration candidate) {
        if (!event.hasParityRule() || candidate.representationGroup == null) {
            return true;
        }
        Map<String, Integer> counts = counts(event);
        counts.merge(candidate.representationGroup, candidate.places, Integer::sum);
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int min = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        return max - min <= event.parityTolerance;
    }

    static boolean isGroupOf(Event event, String group) {
        return Arrays.asList(event.parityGroups).contains(group);
    }
}
