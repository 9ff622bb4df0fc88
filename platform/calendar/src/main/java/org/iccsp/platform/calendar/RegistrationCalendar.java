package org.iccsp.platform.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The one iCalendar object (RFC 5545) of a registration, whoever hands it out: events-service's
 * download and notification-service's e-mail build it here, so a calendar sees one entry. The UID is
 * {@link #uid(String)}; {@code METHOD:REQUEST} while the event stands and {@code METHOD:CANCEL} (with
 * {@code STATUS:CANCELLED}) once it is cancelled, which removes the entry whichever way it arrived;
 * times are local to the venue ({@code TZID} with its {@code VTIMEZONE}).
 */
public final class RegistrationCalendar {
    public static final String PRODUCT = "-//ICCSP//calendar//EN";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private RegistrationCalendar() {
    }

    /** The UID of the calendar entry of one registration, the same on every channel. */
    public static String uid(String registrationId) {
        return "registration-" + registrationId + "@events.iccsp.org";
    }

    /** The MIME type of the object: {@code text/calendar} with its METHOD (RFC 6047). */
    public static String contentType(RegistrationInvitation invitation) {
        return "text/calendar; charset=UTF-8; method=" + (invitation.cancelled() ? "CANCEL" : "REQUEST");
    }

    /** The calendar object as text: CRLF line ends, long lines folded at 75 octets. */
    public static String render(RegistrationInvitation invitation, Instant now) {
        TimeZone zone = ZONES.getTimeZone(invitation.zone().getId());
        if (zone == null) {
            throw new IllegalArgumentException("unknown time zone " + invitation.zone().getId());
        }
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(invitation.registrationId())));
        event.add(new Sequence(invitation.sequence()));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(invitation.startsAt().atZone(invitation.zone())));
        event.add(new DtEnd<>(invitation.endsAt().atZone(invitation.zone())));
        event.add(new Summary(invitation.title()));
        if (invitation.venue() != null && !invitation.venue().isBlank()) {
            event.add(new Location(invitation.venue()));
        }
        if (invitation.description() != null && !invitation.description().isBlank()) {
            event.add(new Description(invitation.description()));
        }
        Organizer organizer = new Organizer(URI.create("mailto:" + invitation.organizerEmail()));
        organizer.add(new Cn("ICCSP"));
        event.add(organizer);
        if (invitation.attendeeEmail() != null && !invitation.attendeeEmail().isBlank()) {
            Attendee attendee = new Attendee(URI.create("mailto:" + invitation.attendeeEmail().strip()));
            if (invitation.attendeeName() != null && !invitation.attendeeName().isBlank()) {
                attendee.add(new Cn(invitation.attendeeName().replaceAll("[\"\\p{Cntrl}]", "")));
            }
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.ACCEPTED);
            event.add(attendee);
        }
        event.add(invitation.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(invitation.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(zone.getVTimeZone())
                .withComponent(event).getFluentTarget();
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("not a valid calendar: " + e.getMessage(), e);
        }
        return refold(out.toString());
    }

    /**
     * ical4j folds by characters; RFC 5545 (§3.1) counts octets. Unfold and fold again at 75 octets
     * without splitting a UTF-8 character, so Arabic or Hebrew titles stay within the limit.
     */
    static String refold(String ics) {
        StringBuilder out = new StringBuilder();
        for (String line : ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length();) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
