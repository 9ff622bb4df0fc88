package org.iccsp.notification.webhook.domain;

import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.delivery.domain.Attempt;
import org.iccsp.notification.delivery.domain.Channel;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;

/**
 * POSTs one signed CloudEvent to its subscription's endpoint. Any 2xx delivers. 410 Gone disables the
 * endpoint at once; so do {@code max-consecutive-failures} failed attempts in a row, whatever the
 * notices; a disabled or deleted endpoint ends the delivery as failed. Retries are the pipeline's.
 */
@ApplicationScoped
public class WebhookChannel implements Channel {
    private final WebhookClient client;
    private final int maxConsecutiveFailures;
    private final Clock clock;

    public WebhookChannel(WebhookClient client,
            @ConfigProperty(name = "iccsp.webhooks.max-consecutive-failures", defaultValue = "10") int maxConsecutiveFailures, Clock clock) {
        this.client = client;
        this.maxConsecutiveFailures = maxConsecutiveFailures;
        this.clock = clock;
    }

    @Override
    public String name() {
        return Notification.WEBHOOK;
    }

    @Override
    public String spanName() {
        return "webhook POST";
    }

    @Override
    public String configPrefix() {
        return "iccsp.webhooks";
    }

    @Override
    public Attempt attempt(Notification n) {
        WebhookSubscription target = WebhookSubscription.findById(UUID.fromString(n.recipient),
                LockModeType.PESSIMISTIC_WRITE);
        if (target == null || WebhookSubscription.DISABLED.equals(target.status)) {
            return Attempt.giveUp(target == null ? "endpoint deleted" : "endpoint disabled: " + target.disabledReason);
        }
        WebhookClient.Outcome outcome = client.post(target, n.eventId, n.bodyText);
        Span span = Span.current();
        span.setAttribute("http.request.method", "POST");
        if (outcome.status() > 0) {
            span.setAttribute("http.response.status_code", outcome.status());
        }
        if (outcome.delivered()) {
            if (target.consecutiveFailures != 0) {
                target.consecutiveFailures = 0;
                target.changed(OffsetDateTime.now(clock));
            }
            return Attempt.sent(outcome.detail());
        }
        target.consecutiveFailures++;
        target.changed(OffsetDateTime.now(clock));
        if (outcome.status() == 410) {
            target.disable("the endpoint answered 410 Gone", target.updatedAt);
        } else if (target.consecutiveFailures >= maxConsecutiveFailures) {
            target.disable(target.consecutiveFailures + " consecutive failed deliveries", target.updatedAt);
        }
        return WebhookSubscription.DISABLED.equals(target.status) ? Attempt.giveUp(outcome.detail())
                : Attempt.failed(outcome.detail());
    }

    @Override
    public Optional<String> replayRefusal(Notification n) {
        WebhookSubscription target = WebhookSubscription.findById(UUID.fromString(n.recipient));
        return target == null || !WebhookSubscription.ACTIVE.equals(target.status)
                ? Optional.of("the webhook endpoint is deleted or disabled; re-enable it first")
                : Optional.empty();
    }
}
