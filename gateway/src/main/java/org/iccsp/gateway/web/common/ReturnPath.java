package org.iccsp.gateway.web.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where "Sign in" comes back to: a path of this site, never another site. Only a path that starts with one
 * {@code /} is kept (no scheme, no host, no {@code //} or {@code /\} that browsers read as another host, no
 * control characters, nothing past 2000 characters); anything else is refused, and the caller lands on the
 * start page.
 */
public final class ReturnPath {
    static final int MAX_LENGTH = 2000;

    private ReturnPath() {
    }

    /**
     * The {@code return} parameter as /login receives it. When the code flow ran first, Quarkus OIDC restores
     * /login's query encoded once more (the callback is /login itself), so the value arrives still
     * URL-encoded ("%2Fevents…"): it is decoded once then. Either way the result is checked by {@link #of}.
     */
    public static Optional<String> fromLogin(String received) {
        if (received != null && received.regionMatches(true, 0, "%2F", 0, 3)) {
            try {
                return of(java.net.URLDecoder.decode(received, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        return of(received);
    }

    public static Optional<String> of(String requested) {
        if (requested == null || requested.isEmpty() || requested.length() > MAX_LENGTH || requested.charAt(0) != '/') {
            return Optional.empty();
        }
        if (requested.startsWith("//") || requested.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < requested.length(); i++) {
            char c = requested.charAt(i);
            if (c < 0x21 || c == 0x7f) { // spaces and control characters (a tab or newline inside "/\t/evil")
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(requested);
            if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return Optional.empty();
            }
            // "/login?return=/login…" would only come back here: the start page instead
            if (uri.getRawPath().equals("/login") || uri.getRawPath().equals("/logout")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawFragment() == null ? requested
                    : requested.substring(0, requested.indexOf('#')));
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    /** The link that signs in and comes back to {@code here} (a path with its query, as the browser sent it). */
    public static String signInLink(String here) {
        if (of(here).isEmpty() || "/".equals(here)) {
            return "/login";
        }
        return "/login?return=" + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8);
    }
}
