package org.iccsp.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A streamed feed is one calendar that ical4j reads back: every entry, UTC times, states, folding. */
class CalendarFeedTest {
    @Test
    void aFeedWrittenEntryByEntryParsesAsOneCalendar() throws Exception {
        StringWriter out = new StringWriter();
        Instant now = Instant.parse("2027-01-05T10:00:00Z");
        CalendarFeed feed = CalendarFeed.start(out, "ICCSP public events, مؤتمر", now);
        feed.entry(new CalendarFeed.Entry("event-1@events.iccsp.org", 2, "Civil-society day — כנס השלום, قمة "
                + "a title long enough to be folded at seventy-five octets", "Line one\nLine two; with, commas",
                "Palazzo Farnese, Rome", Instant.parse("2027-03-10T08:00:00Z"), Instant.parse("2027-03-12T16:30:00Z"),
                CalendarFeed.State.CONFIRMED, now, URI.create("https://iccsp.example.org/events/1")));
        feed.entry(new CalendarFeed.Entry("event-2@events.iccsp.org", 0, "Cancelled meeting", null, null,
                Instant.parse("2027-04-01T08:00:00Z"), Instant.parse("2027-04-01T09:00:00Z"), CalendarFeed.State.CANCELLED,
                null, null));
        feed.end();
        String ics = out.toString();

        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        assertEquals("event-1@events.iccsp.org", events.get(0).getProperty("UID").orElseThrow().getValue());
        assertEquals("20270310T080000Z", events.get(0).getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("Line one\nLine two; with, commas", events.get(0).getProperty("DESCRIPTION").orElseThrow().getValue());
        assertEquals("CANCELLED", events.get(1).getProperty("STATUS").orElseThrow().getValue());
        assertTrue(ics.contains("X-WR-CALNAME:ICCSP public events\\, مؤتمر"));
    }
}
