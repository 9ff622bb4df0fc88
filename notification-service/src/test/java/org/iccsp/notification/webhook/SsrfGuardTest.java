package org.iccsp.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.iccsp.notification.webhook.domain.SsrfGuard;
import org.iccsp.notification.webhook.domain.WebhookClient;
import org.iccsp.notification.webhook.domain.WebhookSigner;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.observability.TraceContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Outside local dev, webhook targets inside our network are refused, in every spelling. */
class SsrfGuardTest {
    private static final String INTERNAL = "must not point to a private, loopback, link-local or multicast address";
    private static final Vertx VERTX = Vertx.vertx();

    /** No DNS in unit tests: names used below resolve here, anything else does not. */
    private static InetAddress[] dns(String host) throws UnknownHostException {
        return switch (host) {
            case "localhost" -> new InetAddress[] { InetAddress.getByName("127.0.0.1") };
            case "hooks.example.org" -> new InetAddress[] { InetAddress.getByName("93.184.215.14") };
            case "split.example.org" -> new InetAddress[] { InetAddress.getByName("93.184.215.14"),
                    InetAddress.getByName("10.0.0.7") };
            default -> {
                if (host.matches("[0-9.]+|[0-9a-fA-F:.]+")) {
                    yield new InetAddress[] { InetAddress.getByName(host) };
                }
                throw new UnknownHostException(host);
            }
        };
    }

    private final SsrfGuard production = new SsrfGuard(false, SsrfGuardTest::dns);

    @AfterAll
    static void closeVertx() {
        VERTX.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // IPv4 special-purpose ranges
            "https://127.0.0.1/hook", "https://127.255.255.254/hook", "https://10.1.2.3/hook", "https://172.16.0.1/hook",
            "https://172.31.255.255/hook", "https://192.168.1.10/hook", "https://169.254.169.254/latest/meta-data",
            "https://0.0.0.0/hook", "https://0.1.2.3/hook", "https://100.64.0.1/hook", "https://100.127.255.255/hook",
            "https://192.0.0.1/hook", "https://192.0.0.170/hook", "https://192.0.2.1/hook", "https://192.88.99.1/hook",
            "https://198.18.0.1/hook", "https://198.19.255.255/hook", "https://198.51.100.7/hook",
            "https://203.0.113.9/hook", "https://224.0.0.1/hook", "https://239.255.255.250/hook",
            "https://240.0.0.1/hook", "https://255.255.255.255/hook",
            // IPv6 special-purpose ranges
            "https://[::]/hook", "https://[::1]/hook", "https://[::7f00:1]/hook", "https://[::127.0.0.1]/hook",
            "https://[::8.8.8.8]/hook", "https://[::ffff:10.0.0.1]/hook", "https://[::ffff:127.0.0.1]/hook",
            "https://[::ffff:7f00:1]/hook", "https://[::ffff:0:127.0.0.1]/hook", "https://[::ffff:0:8.8.8.8]/hook",
            "https://[64:ff9b::127.0.0.1]/hook", "https://[64:ff9b::a00:1]/hook", "https://[64:ff9b::169.254.169.254]/hook",
            "https://[64:ff9b:1::8.8.8.8]/hook", "https://[64:ff9b:1::a00:1]/hook",
            "https://[2002:7f00:1::]/hook", "https://[2002:a00:1::1]/hook", "https://[2002:c0a8:101::1]/hook",
            "https://[2001::1]/hook", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook", "https://[2001:db8::1]/hook",
            "https://[2001:10::1]/hook", "https://[3fff::1]/hook", "https://[100::1]/hook",
            "https://[fc00::1]/hook", "https://[fd00::1]/hook", "https://[fe80::1]/hook", "https://[febf::1]/hook",
            "https://[fec0::1]/hook", "https://[ff02::1]/hook", "https://[ff0e::1]/hook", "https://[5f00::1]/hook",
            // names
            "https://localhost/hook", "https://split.example.org/hook" })
    void internalTargetsAreRefused(String url) {
        assertEquals(INTERNAL, production.refusal(url));
    }

    /** Decimal, octal, hex and short IPv4 spellings mean different addresses to different clients. */
    @ParameterizedTest
    @ValueSource(strings = { "https://2130706433/hook", "https://0x7f.1/hook", "https://0x7f000001/hook",
            "https://0177.0.0.1/hook", "https://017.0.0.1/hook", "https://127.1/hook", "https://127.0.1/hook",
            "https://0/hook", "https://1.2.3.04/hook", "https://8.8.8.256/hook", "https://hooks.example.0x7f/hook",
            "https://example.123/hook" })
    void ambiguousIpv4SpellingsAreRefused(String url) {
        String refusal = production.refusal(url);
        assertNotNull(refusal, url);
        assertFalse(refusal.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://8.8.8.8/hooks/iccsp", "https://1.1.1.1:8443/hook?x=1", "https://hooks.example.org/hook",
            "https://100.63.255.255/hook", "https://100.128.0.1/hook", "https://172.15.255.255/hook",
            "https://172.32.0.1/hook", "https://192.0.1.1/hook", "https://192.0.3.1/hook", "https://198.17.255.255/hook",
            "https://198.20.0.1/hook", "https://198.51.99.1/hook", "https://203.0.114.1/hook", "https://223.255.255.254/hook",
            "https://[2606:4700:4700::1111]/hook", "https://[2001:4860:4860::8888]/hook",
            "https://[64:ff9b::8.8.8.8]/hook", "https://[2002:808:808::1]/hook" })
    void globalUnicastTargetsAreAccepted(String url) {
        assertNull(production.refusal(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://8.8.8.8/hook", "ftp://8.8.8.8/hook", "not a url", "https://user:pw@8.8.8.8/",
            "https://no-such-host.invalid/hook", "https:///hook" })
    void onlyHttpsUrlsWithAResolvableHostAndNoCredentials(String url) {
        assertNotNull(production.refusal(url));
    }

    @Test
    void localDevelopmentMayCallALocalReceiverOverHttp() {
        assertNull(new SsrfGuard(true).refusal("http://127.0.0.1:9999/hook"));
    }

    /** Checked again before each delivery: an endpoint whose host now resolves inside is not called. */
    @Test
    void theClientRefusesAnInternalTargetAtDeliveryTime() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            WebhookClient.Outcome outcome = client(production).post(target(receiver.url("/internal")
                    .replace("http://127.0.0.1", "https://localhost")), "msg-1", "{}");
            assertFalse(outcome.delivered());
            assertEquals(-1, outcome.status());
            assertTrue(outcome.detail().startsWith("refused: URL must not point to a private"), outcome.detail());
            assertEquals(0, receiver.received.size(), "no request left the service");
        }
    }

    /**
     * DNS rebinding: the name answers a public address to the check and the receiver's loopback
     * address to any later lookup. The client resolves once and connects to the checked address,
     * so the internal receiver is never reached.
     */
    @Test
    void aHostRebindingFromPublicToPrivateCannotBeReached() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        SsrfGuard.Resolver rebinding = host -> new InetAddress[] { InetAddress.getByName(
                lookups.getAndIncrement() == 0 ? "192.0.2.1" : "127.0.0.1") };
        // 192.0.2.1 (TEST-NET-1) stands for "public" here: only the rebinding is under test, so the
        // guard lets every address through except the loopback receiver's.
        SsrfGuard guard = new SsrfGuard(true, host -> {
            InetAddress[] answer = rebinding.resolve(host);
            if (answer[0].isLoopbackAddress()) {
                throw new AssertionError("a second lookup reached the loopback answer");
            }
            return answer;
        });
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String url = receiver.url("/rebound").replace("127.0.0.1", "rebind.example.org");
            WebhookClient.Outcome outcome = new WebhookClient(guard, new TraceContext(OpenTelemetry.noop()), VERTX,
                    Duration.ofMillis(500), Clock.systemUTC()).post(target(url), "msg-2", "{}");
            assertFalse(outcome.delivered(), outcome.detail());
            assertEquals(1, lookups.get(), "the host is resolved exactly once");
            assertEquals(List.of(), receiver.received, "the internal receiver was not reached");
        }
    }

    /** The connection goes to the checked address, and the request still names the URL's host. */
    @Test
    void theClientConnectsToTheCheckedAddressAndSendsTheOriginalHost() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        SsrfGuard guard = new SsrfGuard(true, host -> {
            lookups.incrementAndGet();
            assertEquals("hooks.example.org", host);
            return new InetAddress[] { InetAddress.getByName("127.0.0.1") };
        });
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String url = receiver.url("/pinned?x=1").replace("127.0.0.1", "hooks.example.org");
            WebhookClient.Outcome outcome = client(guard).post(target(url), "msg-3", "{\"ok\":true}");
            assertTrue(outcome.delivered(), outcome.detail());
            assertEquals(1, lookups.get());
            assertEquals(1, receiver.at("/pinned").size());
            WebhookReceiver.Delivery delivery = receiver.at("/pinned").get(0);
            assertEquals(url.substring("http://".length(), url.indexOf("/pinned")), delivery.host());
            assertEquals("{\"ok\":true}", delivery.body());
        }
    }

    /** A redirect is answered, not followed: the 3xx is the outcome and its Location is not called. */
    @Test
    void redirectsAreNotFollowed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answers.put("/moved", 307);
            WebhookClient.Outcome outcome = client(new SsrfGuard(true)).post(target(receiver.url("/moved")), "msg-4", "{}");
            assertEquals(307, outcome.status());
            assertFalse(outcome.delivered());
            assertEquals(1, receiver.received.size());
        }
    }

    private static WebhookClient client(SsrfGuard guard) {
        return new WebhookClient(guard, new TraceContext(OpenTelemetry.noop()), VERTX, Duration.ofSeconds(2), Clock.systemUTC());
    }

    private static WebhookSubscription target(String url) {
        WebhookSubscription target = new WebhookSubscription();
        target.url = url;
        target.secret = WebhookSigner.newSecret();
        return target;
    }
}
