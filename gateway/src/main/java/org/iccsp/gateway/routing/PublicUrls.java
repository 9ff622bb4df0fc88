package org.iccsp.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.net.URI;
import java.util.List;

/**
 * The services build absolute URLs (Location, Content-Location, Link) from the address the gateway
 * called them on; the caller must see the gateway's public origin instead: the scheme and authority
 * the caller used, or what a trusted proxy forwarded (quarkus.http.proxy.*: Quarkus replaces the
 * request's scheme and authority with X-Forwarded-Proto/Host or Forwarded only when the peer is one
 * of the trusted proxies).
 */
final class PublicUrls {
    /** Response headers that carry URLs. */
    static final List<String> URL_HEADERS = List.of("Location", "Content-Location", "Link");

    private PublicUrls() {
    }

    /** scheme://authority of a service's base URI. */
    static String origin(URI base) {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    /** scheme://authority the caller used, or "" (URLs become path-absolute) when it named no host. */
    static String origin(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        return authority == null || authority.host().isEmpty() ? "" : request.scheme() + "://" + authority;
    }

    /** Rewrites every internal origin in the URL headers to the public one. */
    static void rewrite(MultiMap headers, List<String> internalOrigins, String publicOrigin) {
        for (String name : URL_HEADERS) {
            List<String> values = headers.getAll(name);
            if (!values.isEmpty()) {
                headers.set(name, values.stream().map(value -> rewrite(value, internalOrigins, publicOrigin)).toList());
            }
        }
    }

    static String rewrite(String value, List<String> internalOrigins, String publicOrigin) {
        String result = value;
        for (String internal : internalOrigins) {
            if (result.equals(internal)) {
                return publicOrigin.isEmpty() ? "/" : publicOrigin;
            }
            result = result.replace(internal + "/", publicOrigin + "/")
                    .replace(internal + "?", publicOrigin + "/?")
                    .replace("<" + internal + ">", "<" + (publicOrigin.isEmpty() ? "/" : publicOrigin) + ">");
        }
        return result;
    }
}
