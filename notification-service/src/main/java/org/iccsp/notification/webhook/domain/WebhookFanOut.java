package org.iccsp.notification.webhook.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Predicate;
import org.iccsp.notification.delivery.domain.DeliveryPipeline;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.CloudEventCodec;

/** Queues one webhook delivery of the CloudEvent per active subscription to its category that may receive it. */
@ApplicationScoped
public class WebhookFanOut {
    private final DeliveryPipeline deliveries;
    private final CloudEventCodec codec;

    public WebhookFanOut(DeliveryPipeline deliveries, CloudEventCodec codec) {
        this.deliveries = deliveries;
        this.codec = codec;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(CloudEvent event, String category) {
        publish(event, category, s -> true);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(CloudEvent event, String category, Predicate<WebhookSubscription> audience) {
        String body = codec.encode(event);
        for (WebhookSubscription s : WebhookSubscription.activeFor(category)) {
            if (audience.test(s)) {
                // the body is the CloudEvent itself, the recipient the subscription
                deliveries.queue(deliveries.draft(event, Notification.WEBHOOK, category, s.id.toString(), "en",
                        event.type(), body));
            }
        }
    }
}
