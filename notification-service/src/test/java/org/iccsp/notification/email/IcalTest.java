package org.iccsp.notification.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.iccsp.notification.email.domain.Ical;
import org.junit.jupiter.api.Test;

class IcalTest {

    @Test
    void longLinesAreFoldedAt75OctetsAndUnfoldToTheEscapedText() {
        String title = "مؤتمر المانحين; Donor conference, Jerusalem — ".repeat(4);
        String ics = Ical.of(new Ical.Entry("reg-1", title, "Jerusalem", OffsetDateTime.parse("2026-05-10T10:00:00+03:00"),
                OffsetDateTime.parse("2026-05-10T12:00:00+03:00"), 0, false, "a@example.org"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + title.replace(";", "\\;").replace(",", "\\,") + "\r\n"), unfolded);
        assertTrue(unfolded.contains("DTSTART:20260510T070000Z\r\n"), "times are written in UTC");
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"));
        assertEquals(1, ics.split("UID:reg-1@iccsp\r\n", -1).length - 1);
    }
}
