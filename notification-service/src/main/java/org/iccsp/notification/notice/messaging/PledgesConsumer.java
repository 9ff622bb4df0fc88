package org.iccsp.notification.notice.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.notification.notice.domain.Letters;
import org.iccsp.notification.notice.domain.Letters.Letter;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.notification.webhook.domain.WebhookFanOut;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.IdempotentConsumer;

/**
 * pledge-service's topics. Public moments (announced, embargo released) go to webhook subscribers of
 * "pledges". A submission is told to its submitter only (a receipt by email and in-app, to the
 * {@code submitterEmail} of the event): until it is announced nobody else hears of a pledge. Embargo
 * discipline: a sealed pledge publishes nothing before its release, so it gets no receipt either;
 * committed/disbursed/withdrawn are not subscriber news.
 */
@ApplicationScoped
public class PledgesConsumer {
    static final String SUBMITTED = "org.iccsp.pledges.pledge.submitted.v1";
    static final Set<String> FORWARDED = Set.of("org.iccsp.pledges.pledge.announced.v1",
            "org.iccsp.pledges.embargo.released.v1");

    private final IdempotentConsumer consumer;
    private final WebhookFanOut webhooks;
    private final Letters letters;

    public PledgesConsumer(IdempotentConsumer consumer, WebhookFanOut webhooks, Letters letters) {
        this.consumer = consumer;
        this.webhooks = webhooks;
        this.letters = letters;
    }

    @Incoming("pledges-pledges")
    @Blocking
    public void onPledge(String record) {
        consumer.consume("notification-service.pledges-pledges", record, this::handle);
    }

    @Incoming("pledges-embargoes")
    @Blocking
    public void onEmbargo(String record) {
        consumer.consume("notification-service.pledges-embargoes", record, this::handle);
    }

    void handle(CloudEvent event) {
        if (SUBMITTED.equals(event.type())) {
            receipt(event);
        } else if (FORWARDED.contains(event.type())) {
            webhooks.publish(event, Categories.PLEDGES);
        }
    }

    private void receipt(CloudEvent event) {
        JsonNode d = event.data();
        letters.send(event, EventData.optional(d, "submitterEmail"), new Letter(Categories.PLEDGE_RECEIPTS,
                "pledge-submitted", Map.of("pledgeId", EventData.required(d, "pledgeId"),
                        "amount", EventData.required(d, "amount"), "currency", EventData.required(d, "currency"),
                        "valueDate", EventData.required(d, "valueDate"),
                        "target", EventData.required(d, "targetKind") + " " + EventData.required(d, "targetRef")),
                List.of(), null, null));
    }
}
