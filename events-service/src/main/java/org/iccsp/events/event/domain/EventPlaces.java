package org.iccsp.events.event.domain;

import java.util.Map;
import org.iccsp.events.event.persistence.Event;

/**
 * What the event needs from the places registrations hold: owned by {@code event}, implemented in
 * {@code registration}. Callers hold the event's row lock.
 */
public interface EventPlaces {

    /** Places held against the event's capacity (confirmed registrations and open offers). */
    int placesHeld(Event event);

    /** The places of {@link #placesHeld} per representation group (those without one left out). */
    Map<String, Integer> placesHeldByGroup(Event event);

    /** The event's details changed: free places (more of them, or a looser parity rule) go to the waitlist. */
    void eventChanged(Event event, String by);
}
