package org.iccsp.notification.notice.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.contracts.EventType;
import org.iccsp.contracts.pledges.PledgeContract;
import org.iccsp.contracts.pledges.PledgeSubmitted;
import org.iccsp.notification.notice.domain.Letters;
import org.iccsp.notification.notice.domain.Letters.Letter;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.notification.webhook.domain.WebhookFanOut;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.CloudEventCodec;
import org.iccsp.platform.messaging.IdempotentConsumer;

/**
 * pledge-service's topics, read as its contract records (pledge-service-events). Public moments (announced, embargo released) go to webhook subscribers of
 * "pledges". A submission is told to its submitter only (a receipt by email and in-app, to the
 * {@code submitterEmail} of the event): until it is announced nobody else hears of a pledge. Embargo
 * discipline: a sealed pledge publishes nothing before its release, so it gets no receipt either;
 * committed/disbursed/withdrawn are not subscriber news.
 */
@ApplicationScoped
public class PledgesConsumer {
    static final Set<EventType<?>> FORWARDED = Set.of(PledgeContract.ANNOUNCED, PledgeContract.EMBARGO_RELEASED);

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final WebhookFanOut webhooks;
    private final Letters letters;

    public PledgesConsumer(IdempotentConsumer consumer, CloudEventCodec codec, WebhookFanOut webhooks,
            Letters letters) {
        this.consumer = consumer;
        this.codec = codec;
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
        if (PledgeContract.SUBMITTED.is(event.type())) {
            receipt(event, codec.data(event, PledgeContract.SUBMITTED));
        } else if (FORWARDED.stream().anyMatch(t -> t.is(event.type()))) {
            webhooks.publish(event, Categories.PLEDGES);
        }
    }

    private void receipt(CloudEvent event, PledgeSubmitted d) {
        letters.send(event, d.submitterEmail(), new Letter(Categories.PLEDGE_RECEIPTS,
                "pledge-submitted", Map.of("pledgeId", EventData.required(d.pledgeId(), "pledgeId"),
                        "amount", EventData.required(d.amount(), "amount"),
                        "currency", EventData.required(d.currency(), "currency"),
                        "valueDate", EventData.required(d.valueDate(), "valueDate"),
                        "target", EventData.required(d.targetKind(), "targetKind") + " "
                                + EventData.required(d.targetRef(), "targetRef")),
                List.of(), null, null));
    }
}
