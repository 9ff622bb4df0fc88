package org.iccsp.gateway.web.events;

import java.util.List;

/** What a page reads of a page of the person's registrations: which event each one is for. */
public record Registrations(List<Registration> items) {

    public record Registration(String id, String eventId, String status) {
    }
}
