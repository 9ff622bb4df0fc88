package org.iccsp.events.common;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.iccsp.platform.web.Cursor;

/**
 * Reads the typed parts of a list's keyset cursor ({@link Cursor}, platform/web); a part that does not parse is the
 * 400 naming {@code cursor}. Each list's domain method takes the decoded cursor (null: the first page) and returns
 * up to {@code limit + 1} rows in its order, the extra one only telling that a next page exists.
 */
public final class Keyset {
    private Keyset() {
    }

    public static OffsetDateTime time(Cursor cursor, int part) {
        try {
            return OffsetDateTime.parse(cursor.part(part));
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    public static UUID id(Cursor cursor, int part) {
        try {
            return UUID.fromString(cursor.part(part));
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    public static long number(Cursor cursor, int part) {
        try {
            return Long.parseLong(cursor.part(part));
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    public static String text(Cursor cursor, int part) {
        return cursor.part(part);
    }
}
