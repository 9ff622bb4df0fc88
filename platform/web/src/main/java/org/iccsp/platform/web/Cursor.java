package org.iccsp.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key of the last row of a page (e.g. its creation time and id), tagged with the
 * list it belongs to. Clients pass it back unchanged; a value this list did not hand out is a 400 naming
 * {@code cursor}. Lists order by a unique key (sort key, then id), so a page never repeats or skips a row when
 * rows are added between requests.
 */
public record Cursor(String list, List<String> key) {
    private static final char SEPARATOR = '\u001f';

    public Cursor {
        key = List.copyOf(key);
        for (String part : key) {
            if (part.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("a cursor key part contains the unit separator");
            }
        }
    }

    public static Cursor of(String list, String... key) {
        return new Cursor(list, Arrays.asList(key));
    }

    /** The value handed to clients (base64url, no padding). */
    public String encode() {
        StringBuilder plain = new StringBuilder(list);
        for (String part : key) {
            plain.append(SEPARATOR).append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a client's cursor for {@code list}, expecting {@code parts} key parts; null stays null (first page).
     * Parsing the parts into their types is the caller's; a failure there should be {@link #invalid()}.
     */
    public static Cursor decode(String value, String list, int parts) {
        if (value == null) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            String[] split = plain.split(String.valueOf(SEPARATOR), -1);
            if (split.length != parts + 1 || !split[0].equals(list)) {
                throw invalid();
            }
            return new Cursor(list, Arrays.asList(split).subList(1, split.length));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String part(int index) {
        return key.get(index);
    }

    /** The 400 for a cursor this list did not hand out. */
    public static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this list handed out");
    }
}
