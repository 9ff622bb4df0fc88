package org.iccsp.notification.webhook.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.iccsp.notification.notice.domain.Notices;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.CloudEventCodec;

/** Queues one webhook delivery of the CloudEvent per active subscription to its category. */
@ApplicationScoped
public class WebhookFanOut {
    private final Notices notices;
    private final CloudEventCodec codec;

    public WebhookFanOut(Notices notices, CloudEventCodec codec) {
        this.notices = notices;
        this.codec = codec;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(CloudEvent event, String category) {
        String body = codec.encode(event);
        for (WebhookSubscription s : WebhookSubscription.activeFor(category)) {
            notices.queueWebhook(event, category, s.id, body);
        }
    }
}
