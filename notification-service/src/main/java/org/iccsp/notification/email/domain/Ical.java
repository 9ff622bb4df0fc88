package org.iccsp.notification.email.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A minimal RFC 5545 calendar with one VEVENT, built from the local event projection (times are
 * UTC). The UID is stable per registration so a later update or cancellation replaces the entry.
 */
public final class Ical {
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private Ical() {
    }

    public record Entry(String registrationId, String title, String venue, OffsetDateTime startsAt,
            OffsetDateTime endsAt, int sequence, boolean cancelled, String attendee) {
    }

    public static String of(Entry e) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//ICCSP//notification-service//EN");
        line(out, "METHOD:" + (e.cancelled() ? "CANCEL" : "REQUEST"));
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + e.registrationId() + "@iccsp");
        line(out, "SEQUENCE:" + e.sequence());
        line(out, "DTSTAMP:" + utc(OffsetDateTime.now(ZoneOffset.UTC)));
        line(out, "DTSTART:" + utc(e.startsAt()));
        line(out, "DTEND:" + utc(e.endsAt()));
        line(out, "SUMMARY:" + text(e.title()));
        if (e.venue() != null && !e.venue().isBlank()) {
            line(out, "LOCATION:" + text(e.venue()));
        }
        line(out, "ORGANIZER;CN=ICCSP:mailto:notifications@iccsp.local");
        if (e.attendee() != null) {
            line(out, "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:" + e.attendee());
        }
        line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String utc(OffsetDateTime time) {
        return UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** RFC 5545 §3.3.11: escape backslash, semicolon, comma and newlines. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    /** Content lines end in CRLF and are folded at 75 octets (§3.1). */
    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
