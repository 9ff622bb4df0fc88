package org.iccsp.platform.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a registrant's calendar entry says about an event: which registration it is for (the UID), its
 * revision (SEQUENCE: how many times the event was changed or cancelled), whether it is withdrawn
 * (cancelled), and the event as the venue sees it. Optional: description, attendee name and email.
 */
public record RegistrationInvitation(String registrationId, int sequence, boolean cancelled, String title,
        String venue, String description, ZoneId zone, Instant startsAt, Instant endsAt, String organizerEmail,
        String attendeeName, String attendeeEmail) {

    public RegistrationInvitation {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(organizerEmail, "organizerEmail");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
    }
}
