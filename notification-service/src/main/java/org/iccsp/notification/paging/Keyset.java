package org.iccsp.notification.paging;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.iccsp.platform.web.Cursor;

/**
 * The position after a row in this service's lists, all ordered newest first by (creation time, id): the
 * platform's opaque {@link Cursor} with those two parts, and the JPQL condition that continues after it.
 */
public record Keyset(OffsetDateTime createdAt, UUID id) {
    /** Continues after the position: {@code createdAt < :afterAt or (createdAt = :afterAt and id < :afterId)}. */
    public static final String AFTER = "(createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))";
    public static final String ORDER = " order by createdAt desc, id desc";

    /** A client's cursor for {@code list}; null for the first page; a 400 naming {@code cursor} otherwise. */
    public static Keyset decode(String value, String list) {
        Cursor cursor = Cursor.decode(value, list, 2);
        if (cursor == null) {
            return null;
        }
        try {
            return new Keyset(OffsetDateTime.parse(cursor.part(0)), UUID.fromString(cursor.part(1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw Cursor.invalid();
        }
    }

    public static Cursor cursor(String list, OffsetDateTime createdAt, UUID id) {
        return Cursor.of(list, createdAt.toString(), id.toString());
    }
}
