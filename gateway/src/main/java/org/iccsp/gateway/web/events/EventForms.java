package org.iccsp.gateway.web.events;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organiser's forms for the events-service: an event (title, kind, venue, time zone, wall-clock
 * start and end at the venue, visibility, capacity, optionally the event it feeds and a parity rule)
 * and a session of its timetable. Values the service must judge (times, numbers) are sent as typed.
 */
final class EventForms {
    static final List<String> KINDS = List.of("convening", "intergovernmental-meeting", "summit", "working-session");
    static final List<String> VISIBILITIES = List.of("public", "members-only", "invitation-only");
    static final List<String> SESSION_KINDS = List.of("session", "working-group");
    static final List<String> AUDIENCES = List.of("civil-society", "government", "mixed");
    static final Set<String> EVENT_IDS = Set.of("title", "description", "kind", "venue", "timeZone", "startsAt", "endsAt",
            "visibility", "capacity", "feedsEventId", "parity", "parity-groups", "parity-tolerance");
    static final Set<String> SESSION_IDS = Set.of("session", "session-title", "session-kind", "session-audience",
            "session-room", "session-startsAt", "session-endsAt", "session-capacity");

    private EventForms() {
    }

    static Map<String, Object> event(MultivaluedMap<String, String> form) {
        Map<String, Object> event = new LinkedHashMap<>();
        for (String field : List.of("title", "description", "kind", "venue", "timeZone", "startsAt", "endsAt",
                "visibility", "capacity", "feedsEventId")) {
            event.put(field, field.equals("capacity") ? RegistrationForm.integer(form, field) : RegistrationForm.text(form, field));
        }
        String groups = RegistrationForm.text(form, "parity-groups");
        if (groups != null) {
            Map<String, Object> parity = new LinkedHashMap<>();
            parity.put("groups", Arrays.stream(groups.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList());
            parity.put("tolerance", RegistrationForm.integer(form, "parity-tolerance"));
            event.put("parity", parity);
        }
        return event;
    }

    static Map<String, Object> session(MultivaluedMap<String, String> form) {
        Map<String, Object> session = new LinkedHashMap<>();
        for (String field : List.of("title", "kind", "audience", "room", "startsAt", "endsAt", "capacity")) {
            session.put(field, field.equals("capacity") ? RegistrationForm.integer(form, "session-capacity")
                    : RegistrationForm.text(form, "session-" + field));
        }
        return session;
    }

    /** What was typed, by field name, to show the form again. */
    static Map<String, Object> typed(MultivaluedMap<String, String> form) {
        Map<String, Object> typed = new LinkedHashMap<>();
        form.forEach((name, values) -> typed.put(name, values.isEmpty() ? null : values.get(0)));
        return typed;
    }
}
