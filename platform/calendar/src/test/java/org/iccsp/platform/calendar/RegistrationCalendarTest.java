package org.iccsp.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationCalendarTest {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final Instant NOW = Instant.parse("2027-01-05T10:00:00Z");
    // the last Sunday of October 2027 is the 31st: the session spans the end of summer time in Rome
    static final Instant START = LocalDateTime.of(2027, 10, 31, 1, 30).atZone(ROME).toInstant();

    static RegistrationInvitation invitation(int sequence, boolean cancelled) {
        return new RegistrationInvitation("reg-1", sequence, cancelled,
                "G7 working session: civil society, peacebuilding; the consortium's first report to leaders"
                        + " — مؤتمر السلام — כנס השלום",
                "Borgo Egnazia, Savelletri", "Line one\nLine two", ROME, START, START.plusSeconds(3 * 3600),
                "events@iccsp.local", "Nour, \"the\" chair", "nour@example.org");
    }

    static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    /** The property of the VEVENT (VTIMEZONE has DTSTART lines of its own). */
    static String property(String ics, String name) {
        List<String> lines = unfolded(ics);
        return lines.subList(lines.indexOf("BEGIN:VEVENT"), lines.size()).stream()
                .filter(l -> l.startsWith(name + ":") || l.startsWith(name + ";")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in\n" + ics));
    }

    @Test
    void anInvitationIsOneEventInTheVenuesTimeZone() {
        String ics = RegistrationCalendar.render(invitation(0, false), NOW);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertTrue(ics.replace("\r\n", "").indexOf('\n') < 0, "every line ends with CRLF");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        List<String> lines = unfolded(ics);
        assertTrue(lines.contains("VERSION:2.0") && lines.contains("METHOD:REQUEST"), ics);
        assertTrue(lines.contains("PRODID:-//ICCSP//calendar//EN"), ics);
        assertEquals(1, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertEquals("UID:registration-reg-1@events.iccsp.org", property(ics, "UID"));
        assertEquals("SEQUENCE:0", property(ics, "SEQUENCE"));
        assertEquals("DTSTAMP:20270105T100000Z", property(ics, "DTSTAMP"));
        assertEquals("DTSTART;TZID=Europe/Rome:20271031T013000", property(ics, "DTSTART"));
        assertEquals("DTEND;TZID=Europe/Rome:20271031T033000", property(ics, "DTEND"),
                "three hours later, one of them repeated when summer time ends");
        assertTrue(property(ics, "SUMMARY").contains("civil society\\, peacebuilding\\; the consortium's"));
        assertTrue(property(ics, "SUMMARY").endsWith("مؤتمر السلام — כנס השלום"), "UTF-8 kept whole when folding");
        assertEquals("LOCATION:Borgo Egnazia\\, Savelletri", property(ics, "LOCATION"));
        assertEquals("DESCRIPTION:Line one\\nLine two", property(ics, "DESCRIPTION"));
        assertTrue(property(ics, "ATTENDEE").contains("CN=\"Nour, the chair\""), property(ics, "ATTENDEE"));
        assertTrue(property(ics, "ATTENDEE").endsWith(":mailto:nour@example.org"));
        assertTrue(property(ics, "ORGANIZER").endsWith(":mailto:events@iccsp.local"));
        assertEquals("STATUS:CONFIRMED", property(ics, "STATUS"));
        int tz = lines.indexOf("BEGIN:VTIMEZONE");
        assertTrue(tz > 0 && tz < lines.indexOf("BEGIN:VEVENT") && lines.contains("TZID:Europe/Rome"), ics);
        assertTrue(lines.contains("TZOFFSETTO:+0200") && lines.contains("TZOFFSETTO:+0100")
                && lines.contains("BEGIN:DAYLIGHT") && lines.contains("BEGIN:STANDARD"), "summer and winter time\n" + ics);
        assertEquals("text/calendar; charset=UTF-8; method=REQUEST",
                RegistrationCalendar.contentType(invitation(0, false)));
    }

    @Test
    void aCancellationWithdrawsTheSameEntryWithAHigherSequence() {
        String request = RegistrationCalendar.render(invitation(1, false), NOW);
        String cancel = RegistrationCalendar.render(invitation(2, true), NOW);
        assertEquals(property(request, "UID"), property(cancel, "UID"), "the same calendar entry");
        assertEquals("SEQUENCE:2", property(cancel, "SEQUENCE"));
        assertTrue(unfolded(cancel).contains("METHOD:CANCEL"), cancel);
        assertFalse(unfolded(cancel).contains("METHOD:REQUEST"), cancel);
        assertEquals("STATUS:CANCELLED", property(cancel, "STATUS"));
        assertEquals("text/calendar; charset=UTF-8; method=CANCEL", RegistrationCalendar.contentType(invitation(2, true)));
    }

    @Test
    void withoutAnAttendeeOrVenueTheEntryStillStands() {
        RegistrationInvitation bare = new RegistrationInvitation("reg-2", 0, false, "Briefing", null, null,
                ZoneId.of("Asia/Jerusalem"), START, START.plusSeconds(3600), "events@iccsp.local", null, null);
        String ics = RegistrationCalendar.render(bare, NOW);
        String event = ics.substring(ics.indexOf("BEGIN:VEVENT"));
        assertFalse(event.contains("ATTENDEE") || event.contains("LOCATION") || event.contains("DESCRIPTION"), ics);
        assertTrue(unfolded(ics).contains("TZID:Asia/Jerusalem"), ics);
        // 23:30 UTC on 30 October is half an hour after Israel's summer time ended (02:00 IDT)
        assertEquals("DTSTART;TZID=Asia/Jerusalem:20271031T013000", property(ics, "DTSTART"));
    }

    @Test
    void aNegativeSequenceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> invitation(-1, false));
    }
}
