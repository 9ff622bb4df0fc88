package org.iccsp.gateway.web.common;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A whole list a service answers a page at a time: follows {@code Link: <…cursor=…>; rel="next"} until the last
 * page, so that a desk shows everything, not the first 100. A refusal on any page is the page's error
 * ({@link UpstreamProblems#toException}).
 */
public final class AllPages {
    /** At 500 a page, far more than any desk holds; a service that linked on forever is cut here. */
    static final int MAX_PAGES = 200;
    private static final GenericType<List<java.util.Map<String, Object>>> ROWS = new GenericType<>() {
    };

    private AllPages() {
    }

    /** Every row: {@code page} is called with null (the first page), then each next page's cursor. */
    public static List<java.util.Map<String, Object>> of(String service, Function<String, Response> page) {
        List<java.util.Map<String, Object>> rows = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            try (Response reply = page.apply(cursor)) {
                if (!UpstreamProblems.ok(reply)) {
                    throw UpstreamProblems.toException(service, reply, null);
                }
                List<java.util.Map<String, Object>> some = reply.readEntity(ROWS);
                if (some != null) {
                    rows.addAll(some);
                }
                cursor = nextCursor(reply);
            }
            if (cursor == null) {
                break;
            }
        }
        return rows;
    }

    /** The {@code cursor} of the answer's {@code rel="next"} link, or null on the last page. */
    public static String nextCursor(Response reply) {
        Link next = reply.getLink("next");
        if (next == null) {
            return null;
        }
        String query = URI.create(next.getUri().toString()).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("cursor=")) {
                return URLDecoder.decode(parameter.substring("cursor=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
