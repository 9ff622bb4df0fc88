package org.iccsp.events.event.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.platform.web.ProblemException;

/**
 * What a client searches the event list by: text in title, description or venue (case-insensitive), a range of
 * dates (UTC, inclusive) the event overlaps, its kind and its status. Null means "any".
 */
public record EventFilter(String text, LocalDate from, LocalDate to, EventKind kind, String status) {
    public static final EventFilter NONE = new EventFilter(null, null, null, null, null);
    public static final List<String> STATUSES = List.of(Event.SCHEDULED, Event.CANCELLED);

    /** Parses the query parameters; a malformed one is a 400 naming it. */
    public static EventFilter parse(String q, String from, String to, String kind, String status) {
        String text = q == null || q.isBlank() ? null : q.trim();
        if (text != null && text.length() > 200) {
            throw ProblemException.invalid("q", "at most 200 characters");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalid("to", "must not be before from (" + fromDate + ")");
        }
        EventKind eventKind = null;
        if (kind != null) {
            try {
                eventKind = EventKind.fromCode(kind.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("kind", e.getMessage());
            }
        }
        String eventStatus = null;
        if (status != null) {
            eventStatus = status.trim();
            if (!STATUSES.contains(eventStatus)) {
                throw ProblemException.invalid("status", "unknown event status " + status + ", one of " + STATUSES);
            }
        }
        return new EventFilter(text, fromDate, toDate, eventKind, eventStatus);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO date, e.g. 2026-05-10");
        }
    }

    /** The text as a literal inside a LIKE pattern (escape character {@code \}). */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
