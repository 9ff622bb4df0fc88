package org.iccsp.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.opentelemetry.api.OpenTelemetry;
import org.iccsp.notification.webhook.domain.SsrfGuard;
import org.iccsp.notification.webhook.domain.WebhookClient;
import org.iccsp.notification.webhook.domain.WebhookSigner;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.observability.TraceContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Outside local dev, webhook targets inside our network are refused. */
class SsrfGuardTest {
    private final SsrfGuard production = new SsrfGuard(false);

    @ParameterizedTest
    @ValueSource(strings = { "https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://172.16.0.1/hook",
            "https://192.168.1.10/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook",
            "https://0.0.0.0/hook", "https://224.0.0.1/hook", "https://[fd00::1]/hook", "https://100.64.0.1/hook",
            "https://[::ffff:10.0.0.1]/hook", "https://localhost/hook" })
    void internalTargetsAreRefused(String url) {
        assertEquals("must not point to a private, loopback, link-local or multicast address", production.refusal(url));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://8.8.8.8/hook", "ftp://8.8.8.8/hook", "not a url", "https://user:pw@8.8.8.8/" })
    void onlyHttpsUrlsWithAHostAndNoCredentials(String url) {
        assertNotNull(production.refusal(url));
    }

    @Test
    void aPublicAddressIsAccepted() {
        assertNull(production.refusal("https://8.8.8.8/hooks/iccsp"));
    }

    @Test
    void localDevelopmentMayCallALocalReceiverOverHttp() {
        assertNull(new SsrfGuard(true).refusal("http://127.0.0.1:9999/hook"));
    }

    /** Checked again before each delivery: an endpoint whose host now resolves inside is not called. */
    @Test
    void theClientRefusesAnInternalTargetAtDeliveryTime() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            WebhookSubscription target = new WebhookSubscription();
            target.url = receiver.url("/internal").replace("http://127.0.0.1", "https://localhost");
            target.secret = WebhookSigner.newSecret();
            WebhookClient.Outcome outcome = new WebhookClient(production, new TraceContext(OpenTelemetry.noop()), java.time.Duration.ofSeconds(2))
                    .post(target, "msg-1", "{}");
            assertFalse(outcome.delivered());
            assertEquals(-1, outcome.status());
            assertTrue(outcome.detail().startsWith("refused: URL must not point to a private"), outcome.detail());
            assertEquals(0, receiver.received.size(), "no request left the service");
        }
    }
}
