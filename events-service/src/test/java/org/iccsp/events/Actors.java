package org.iccsp.events;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iccsp.events.event.api.EventRequest;
import org.iccsp.events.event.domain.EventKind;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.registration.api.RegistrationRequest;
import org.iccsp.platform.web.Caller;

/** Callers and requests for tests that act as several people (the domain authorises from these). */
public final class Actors {
    public static final Caller ORGANISER = new Caller("organizer-bob", "organizer-bob", "bob@example.org",
            Set.of(Caller.ORGANIZER), Optional.empty(), Optional.empty());
    public static final RegistrationRequest SELF = new RegistrationRequest(null, null, null, null, null);

    private Actors() {
    }

    public static Caller cso(String name) {
        return new Caller(name, name, name + "@example.org", Set.of(Caller.CSO), Optional.empty(), Optional.empty());
    }

    public static Caller government(String name, String code) {
        return new Caller(name, name, name + "@example.org", Set.of(Caller.GOVERNMENT), Optional.of(code),
                Optional.empty());
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static EventRequest event(String title, Visibility visibility, int capacity) {
        return new EventRequest(title, "Leaders of Israeli and Palestinian civil society", EventKind.CONVENING,
                "Palazzo Farnese, Rome", "Europe/Rome", LocalDateTime.of(2027, 3, 10, 9, 0),
                LocalDateTime.of(2027, 3, 12, 17, 30), visibility, capacity, null, null);
    }
}
