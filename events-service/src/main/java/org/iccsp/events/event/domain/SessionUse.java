package org.iccsp.events.event.domain;

import java.util.Map;
import java.util.UUID;

/** What the timetable needs from the sessions' participants and working groups; implemented elsewhere. */
public interface SessionUse {

    /** Places taken in the session (each participant counts its registration's places). */
    int placesHeld(UUID sessionId);

    /** The places of {@link #placesHeld} per representation group (participants without one left out). */
    Map<String, Integer> placesHeldByGroup(UUID sessionId);
}
