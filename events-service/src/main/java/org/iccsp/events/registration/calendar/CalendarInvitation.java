package org.iccsp.events.registration.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.registration.persistence.Registration;

/**
 * An RFC 5545 iCalendar invitation for one registration. The UID is stable per registration and the
 * SEQUENCE is the registration's counter, so a calendar updates (or withdraws) the same entry when
 * the event changes. Times carry the venue's TZID, described by a VTIMEZONE built from java.time's rules.
 */
public final class CalendarInvitation {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarInvitation() {
    }

    public static String uid(Registration r) {
        return "registration-" + r.id + "@events.iccsp.org";
    }

    public static String render(Event event, Registration r, String organizerEmail, Instant now) {
        boolean cancelled = event.isCancelled();
        ZoneId zone = event.zone();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//ICCSP//events-service//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + (cancelled ? "CANCEL" : "REQUEST"));
        lines.addAll(timezone(zone, event.startsAt.toInstant(), event.endsAt.toInstant()));
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uid(r));
        lines.add("SEQUENCE:" + r.icsSequence);
        lines.add("DTSTAMP:" + UTC.format(now));
        lines.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(event.startsAt.atZoneSameInstant(zone)));
        lines.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(event.endsAt.atZoneSameInstant(zone)));
        lines.add("SUMMARY:" + text(event.title));
        lines.add("LOCATION:" + text(event.venue));
        if (event.description != null && !event.description.isBlank()) {
            lines.add("DESCRIPTION:" + text(event.description));
        }
        lines.add("ORGANIZER;CN=ICCSP events:mailto:" + organizerEmail);
        if (r.registrantEmail != null) {
            String name = r.registrantName == null ? "" : ";CN=" + param(r.registrantName);
            lines.add("ATTENDEE" + name + ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + r.registrantEmail);
        }
        lines.add("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return out.toString();
    }

    /**
     * One observance per UTC offset in force between the start and the end (the one before the start
     * included), each starting at its real transition, which is all a reader needs to place the times.
     */
    static List<String> timezone(ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        ZoneOffsetTransition previous = rules.previousTransition(start.plusSeconds(1));
        if (previous == null) {
            ZoneOffset offset = rules.getOffset(start);
            lines.addAll(observance("STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset));
        } else {
            lines.addAll(observance(previous, rules));
        }
        for (ZoneOffsetTransition t = rules.nextTransition(start); t != null && t.getInstant().isBefore(end);
                t = rules.nextTransition(t.getInstant())) {
            lines.addAll(observance(t, rules));
        }
        lines.add("END:VTIMEZONE");
        return lines;
    }

    private static List<String> observance(ZoneOffsetTransition t, ZoneRules rules) {
        String kind = rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD";
        return observance(kind, t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter());
    }

    private static List<String> observance(String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        return List.of("BEGIN:" + kind, "DTSTART:" + LOCAL.format(start), "TZOFFSETFROM:" + offset(from),
                "TZOFFSETTO:" + offset(to), "END:" + kind);
    }

    /** RFC 5545 utc-offset: +HHMM, with seconds only when there are any. */
    private static String offset(ZoneOffset o) {
        int total = o.getTotalSeconds();
        int abs = Math.abs(total);
        String hhmm = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? hhmm : hhmm + String.format("%02d", abs % 60);
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Parameter values are quoted, and may not contain a double quote or control characters. */
    private static String param(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Lines longer than 75 octets are folded (CRLF + space) without splitting a UTF-8 character. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
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
        return out.toString();
    }
}
