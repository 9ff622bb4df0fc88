package org.iccsp.platform.calendar;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * A subscribed calendar (RFC 5545, {@code METHOD:PUBLISH}), written entry by entry so that a feed of any
 * length is streamed, never built whole: {@link #start}, one {@link #entry} per event, {@link #end}. Times
 * are UTC ({@code …Z}), so the feed needs no VTIMEZONE; a cancelled event stays in the feed with
 * {@code STATUS:CANCELLED} so that subscribers remove it. Lines end with CRLF and fold at 75 octets.
 */
public final class CalendarFeed {
    /** The MIME type of a feed. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    /** How a calendar should treat an entry. */
    public enum State {
        CONFIRMED, TENTATIVE, CANCELLED
    }

    /** One event of a feed; {@code description}, {@code venue} and {@code url} may be null. */
    public record Entry(String uid, int sequence, String title, String description, String venue, Instant startsAt,
            Instant endsAt, State state, Instant lastModified, URI url) {
    }

    private final Writer out;
    private final Instant now;

    private CalendarFeed(Writer out, Instant now) {
        this.out = out;
        this.now = now;
    }

    /** Writes the calendar's header, named {@code name} (X-WR-CALNAME, as calendar applications show it). */
    public static CalendarFeed start(Writer out, String name, Instant now) throws IOException {
        CalendarFeed feed = new CalendarFeed(out, now);
        feed.line("BEGIN:VCALENDAR");
        feed.line("VERSION:2.0");
        feed.line("PRODID:" + RegistrationCalendar.PRODUCT);
        feed.line("CALSCALE:GREGORIAN");
        feed.line("METHOD:PUBLISH");
        feed.line("X-WR-CALNAME:" + text(name));
        feed.line("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        feed.line("X-PUBLISHED-TTL:PT1H");
        return feed;
    }

    public void entry(Entry entry) throws IOException {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(entry.startsAt()));
        event.add(new DtEnd<>(entry.endsAt()));
        event.add(new Summary(entry.title()));
        if (entry.venue() != null && !entry.venue().isBlank()) {
            event.add(new Location(entry.venue()));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.url() != null) {
            event.add(new Url(entry.url()));
        }
        if (entry.lastModified() != null) {
            event.add(new LastModified(entry.lastModified()));
        }
        event.add(switch (entry.state()) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        out.write(RegistrationCalendar.refold(event.toString()));
    }

    public void end() throws IOException {
        line("END:VCALENDAR");
        out.flush();
    }

    private void line(String line) throws IOException {
        out.write(RegistrationCalendar.refold(line + "\r\n"));
    }

    /** TEXT value escaping (RFC 5545 §3.3.11) for the lines written by hand. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
