package org.iccsp.platform.web;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Cursor paging for list endpoints: the body stays a JSON array, and when more rows follow, the answer carries
 * {@code Link: <path?…&cursor=…>; rel="next"} (a relative reference, RFC 8288: it resolves against whatever URL the
 * client used, the gateway's included). Query with {@code limit + 1} rows and pass them here: the extra row only
 * tells that a next page exists.
 */
public final class Pages {
    /** The default and the largest page size of every list, documented in docs/api-conventions (service READMEs). */
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private Pages() {
    }

    /**
     * The page answer. {@code rows} holds up to {@code limit + 1} rows in the list's order; {@code cursorOf} gives
     * the cursor that continues after a row.
     */
    public static <R, V> RestResponse<List<V>> of(List<R> rows, int limit, Function<R, Cursor> cursorOf,
            Function<R, V> view, UriInfo uri) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        RestResponse.ResponseBuilder<List<V>> answer = RestResponse.ResponseBuilder.ok(page.stream().map(view).toList());
        if (more) {
            answer.header("Link", next(uri, cursorOf.apply(page.get(page.size() - 1)).encode()));
        }
        return answer.build();
    }

    /** {@code <path?query with cursor replaced>; rel="next"}. */
    public static String next(UriInfo uri, String cursor) {
        URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build();
        return "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"";
    }
}
