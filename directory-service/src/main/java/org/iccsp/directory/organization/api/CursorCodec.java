package org.iccsp.directory.organization.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.iccsp.directory.organization.domain.SearchCriteria.Order;
import org.iccsp.directory.organization.domain.SearchCriteria.SearchCursor;
import org.iccsp.platform.web.ProblemException;

/** Opaque cursors: base64url of "order, id, sort key" (the key last: a name may contain anything). */
final class CursorCodec {
    private CursorCodec() {
    }

    static String encode(SearchCursor cursor) {
        if (cursor == null) {
            return null;
        }
        String plain = cursor.order().code() + "\n" + cursor.id() + "\n" + cursor.key();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String cursor, Order expected) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 3);
            Order order = Order.valueOf(parts[0].toUpperCase(Locale.ROOT));
            if (parts.length != 3 || order != expected) {
                throw ProblemException.invalid("cursor", "belongs to a search with another sort order");
            }
            SearchCursor decoded = new SearchCursor(order, parts[2], parts[1]);
            org.iccsp.directory.organization.persistence.OrganizationSearch.keyParameter(order, decoded.key());
            return decoded;
        } catch (IllegalArgumentException | java.time.DateTimeException | ArrayIndexOutOfBoundsException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this service issued");
        }
    }
}
