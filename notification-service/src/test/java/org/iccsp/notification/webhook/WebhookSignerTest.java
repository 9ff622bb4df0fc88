package org.iccsp.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.iccsp.notification.webhook.domain.WebhookSigner;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    /** The example of the Standard Webhooks specification. */
    @Test
    void signsLikeTheSpecificationsExample() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void secretsAreWhsecPrefixedRandomKeysAndRotationSignsTwice() {
        String secret = WebhookSigner.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertTrue(Base64.getDecoder().decode(secret.substring(6)).length >= 24);
        String header = WebhookSigner.header(List.of(secret, WebhookSigner.newSecret()), "id", 1L, "{}");
        assertEquals(2, header.split(" ").length);
        assertTrue(header.startsWith(WebhookSigner.sign(secret, "id", 1L, "{}") + " v1,"));
    }
}
