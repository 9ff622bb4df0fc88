package org.iccsp.events.event.domain;

import java.util.Set;
import java.util.UUID;
import org.iccsp.platform.web.Caller;

/**
 * People who may see an event beyond its visibility, such as its registrants or invitees. Owned by
 * {@code event} and implemented by the capabilities that know them, so {@code event} depends on none.
 */
public interface EventAudience {

    /** Does this audience let the (signed-in) caller see the event? */
    boolean admits(Caller caller, UUID eventId);

    /** The events this audience lets the (signed-in) caller see. */
    Set<UUID> eventsAdmitting(Caller caller);
}
