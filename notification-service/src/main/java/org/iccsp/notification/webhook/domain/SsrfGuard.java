package org.iccsp.notification.webhook.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses webhook targets inside our network (server-side request forgery). The host is resolved
 * <em>once</em>, every address must be global unicast, and the caller connects to the checked
 * address ({@link Target#address()}) so a second DNS answer (rebinding) cannot send it elsewhere.
 * Checked when a subscription is saved and again before each delivery (DNS may change).
 * {@code iccsp.webhooks.allow-private} lifts the address check (and allows http) for local dev and tests.
 */
@ApplicationScoped
public class SsrfGuard {
    static final String INTERNAL = "must not point to a private, loopback, link-local or multicast address";

    /** DNS, injectable so tests can answer differently on each lookup. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that passed the check, with the address it was checked against. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {
        /** path and query as sent on the request line */
        public String requestUri() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** Either a refusal (why) or the target to connect to. */
    public record Checked(String refusal, Target target) {
    }

    /** A host whose last label is a number is an IPv4 address (WHATWG URL): digits or 0x-hex. */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(?i)(?:^|.*\\.)(?:[0-9]+|0x[0-9a-f]*)\\.?$");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    public SsrfGuard(@ConfigProperty(name = "iccsp.webhooks.allow-private", defaultValue = "false") boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public SsrfGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** @return why the URL is refused, or null when it may be called */
    public String refusal(String url) {
        return check(url).refusal();
    }

    /** Resolves the host once and checks every address; connect to {@code target().address()} only. */
    public Checked check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            return refused("must be an https URL");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            return refused("must name a host (and no credentials)");
        }
        String host = uri.getHost();
        boolean literal6 = host.startsWith("[");
        String bare = literal6 ? host.substring(1, host.length() - 1) : host;
        if (!literal6 && NUMERIC_LAST_LABEL.matcher(bare).matches() && !DOTTED_QUAD.matcher(bare).matches()) {
            // 2130706433, 0x7f.1, 0177.0.0.1, 127.1: each client reads these differently
            return refused("must write an IPv4 address as four decimal numbers");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return refused("host does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            return refused("host does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    return refused(INTERNAL);
                }
            }
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        return new Checked(null, new Target(uri, bare, port, https, addresses[0]));
    }

    private static Checked refused(String why) {
        return new Checked(why, null);
    }

    /** @return true unless the address is global unicast (IANA special-purpose registries) */
    static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isInternal4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if (!(a instanceof Inet6Address) || b.length != 16) {
            return true;
        }
        int w0 = word(b, 0);
        int w1 = word(b, 2);
        if (w0 == 0x64 && w1 == 0xff9b && allZero(b, 4, 12)) {
            return embedded4(b, 12); // NAT64 well-known prefix 64:ff9b::/96
        }
        if (w0 == 0x2002) {
            return embedded4(b, 2); // 6to4 2002:a.b.c.d::/48
        }
        if ((w0 & 0xe000) != 0x2000) {
            // outside 2000::/3: ::, ::1, IPv4-mapped/-compatible/-translated, 64:ff9b:1::/48 (local NAT64),
            // 100::/64, fc00::/7, fe80::/10, fec0::/10, ff00::/8 ...
            return true;
        }
        return (w0 == 0x2001 && w1 < 0x0200) // 2001::/23 IETF protocol assignments, Teredo 2001::/32
                || (w0 == 0x2001 && w1 == 0x0db8) // documentation
                || (w0 == 0x3fff && w1 < 0x1000); // documentation 3fff::/20
    }

    private static boolean isInternal4(int a, int b, int c) {
        return a == 0 || a == 10 || a == 127 || a >= 224 // this network, private, loopback, multicast, 240/4, broadcast
                || (a == 100 && b >= 64 && b <= 127) // carrier-grade NAT
                || (a == 169 && b == 254) // link-local
                || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) // private
                || (a == 192 && b == 0 && (c == 0 || c == 2)) // IETF protocol assignments, TEST-NET-1
                || (a == 192 && b == 88 && c == 99) // 6to4 relay anycast
                || (a == 198 && (b == 18 || b == 19)) // benchmarking
                || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113); // TEST-NET-2, -3
    }

    private static boolean embedded4(byte[] b, int at) {
        return isInternal4(b[at] & 0xff, b[at + 1] & 0xff, b[at + 2] & 0xff);
    }

    private static int word(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
