package org.iccsp.gateway.web.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Addresses the pages write (redirects, next-page links): their path segments and query strings, encoded. */
public final class PageLinks {
    private PageLinks() {
    }

    /** A query string of the non-blank values ({@code ?a=1&b=2}), or nothing. */
    public static String queryString(Map<String, List<String>> query) {
        String joined = query.entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(v -> v != null && !v.isBlank())
                        .map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return joined.isEmpty() ? "" : "?" + joined;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
