package org.iccsp.gateway.web.events;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.iccsp.gateway.web.common.AllPages;
import org.iccsp.gateway.web.common.UpstreamProblems;

/**
 * One page of a list the events-service pages ({@code limit}, {@code cursor}, and
 * {@code Link: <…&cursor=…>; rel="next"} while more follow), and the whole list by following those links.
 * A refusal is the page's 4xx, a failing service its 503, as for any other call.
 */
public record Paged(List<Map<String, Object>> items, String next) {
    /** The largest page the service gives. */
    static final int MAX_LIMIT = 500;
    /** A list longer than this many pages is a service that does not end its list. */
    private static final int MAX_PAGES = 1000;
    private static final GenericType<List<Map<String, Object>>> LIST = new GenericType<>() {
    };

    /** Reads one answer (and closes it). */
    static Paged read(Response reply) {
        try (reply) {
            if (!UpstreamProblems.ok(reply)) {
                throw UpstreamProblems.toException("events", reply, null);
            }
            List<Map<String, Object>> items = reply.readEntity(LIST);
            return new Paged(items == null ? List.of() : items, AllPages.nextCursor(reply));
        }
    }

    /** Every item of a list, page after page: {@code call} gets the cursor (null for the first page). */
    static List<Map<String, Object>> all(Function<String, Response> call) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Paged one = read(call.apply(cursor));
            all.addAll(one.items());
            if (one.next() == null || one.next().equals(cursor)) {
                return all;
            }
            cursor = one.next();
        }
        throw new IllegalStateException("the events service's list did not end after " + MAX_PAGES + " pages");
    }
}
