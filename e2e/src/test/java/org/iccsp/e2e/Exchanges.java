package org.iccsp.e2e;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every answer the suite receives from the gateway's API ({@code /api/...}), whatever client made the
 * call ({@link Http}, {@link HeaderHttp}, the generated client): {@link ContractCheck} validates them
 * against the merged OpenAPI document after each test class.
 */
final class Exchanges {
    /** One request and its answer, as the client saw it. */
    record Exchange(String method, URI uri, int status, Map<String, List<String>> headers, String body) {
        String path() {
            return uri.getRawPath();
        }

        @Override
        public String toString() {
            return method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " → " + status;
        }
    }

    private static final ConcurrentLinkedQueue<Exchange> RECORDED = new ConcurrentLinkedQueue<>();

    private Exchanges() {
    }

    /** Records the exchange when it went to the gateway's API; other addresses (Keycloak, pages, management) are not in the document. */
    static void record(String method, URI uri, int status, Map<String, List<String>> headers, String body) {
        String gateway = URI.create(LocalStack.GATEWAY).getAuthority();
        if (gateway.equals(uri.getAuthority()) && uri.getRawPath() != null && uri.getRawPath().startsWith("/api/")) {
            RECORDED.add(new Exchange(method, uri, status, headers, body == null ? "" : body));
        }
    }

    /** What was recorded since the last call, in order. */
    static List<Exchange> drain() {
        List<Exchange> out = new ArrayList<>();
        for (Exchange e; (e = RECORDED.poll()) != null; ) {
            out.add(e);
        }
        return out;
    }
}
