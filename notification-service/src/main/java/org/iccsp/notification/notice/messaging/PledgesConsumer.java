package org.iccsp.notification.notice.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.notification.webhook.domain.WebhookFanOut;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.IdempotentConsumer;

/**
 * pledge-service's topics → webhook subscribers of "pledges". Embargo discipline: only public
 * moments are forwarded (announced, embargo released); a sealed pledge publishes nothing before its
 * release, and submitted/committed/disbursed/withdrawn are not subscriber news.
 */
@ApplicationScoped
public class PledgesConsumer {
    static final Set<String> FORWARDED = Set.of("org.iccsp.pledges.pledge.announced.v1",
            "org.iccsp.pledges.embargo.released.v1");

    private final IdempotentConsumer consumer;
    private final WebhookFanOut webhooks;

    public PledgesConsumer(IdempotentConsumer consumer, WebhookFanOut webhooks) {
        this.consumer = consumer;
        this.webhooks = webhooks;
    }

    @Incoming("pledges-pledges")
    @Blocking
    public void onPledge(String record) {
        consumer.consume("notification-service.pledges-pledges", record, this::forward);
    }

    @Incoming("pledges-embargoes")
    @Blocking
    public void onEmbargo(String record) {
        consumer.consume("notification-service.pledges-embargoes", record, this::forward);
    }

    void forward(CloudEvent event) {
        if (FORWARDED.contains(event.type())) {
            webhooks.publish(event, Categories.PLEDGES);
        }
    }
}
