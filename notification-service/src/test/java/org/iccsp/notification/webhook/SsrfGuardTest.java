package org.iccsp.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.iccsp.notification.webhook.domain.SsrfGuard;
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
}
