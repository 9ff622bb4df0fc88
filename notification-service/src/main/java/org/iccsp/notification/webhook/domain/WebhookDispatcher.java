package org.iccsp.notification.webhook.domain;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.delivery.Backoff;
import org.iccsp.notification.delivery.DeliveryTelemetry;
import org.iccsp.notification.notice.persistence.DeliveryAttempt;
import org.iccsp.notification.notice.persistence.Notification;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.messaging.CommitWakeUp;
import org.jboss.logging.Logger;

/**
 * Delivers pending webhook notices like the email dispatcher (one row per transaction, SKIP LOCKED,
 * exponential backoff with jitter). 410 Gone disables the endpoint at once; so do
 * {@code max-consecutive-failures} failed attempts in a row, whatever the notices.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final EntityManager em;
    private final CommitWakeUp wakeUp;
    private final WebhookClient client;
    private final DeliveryTelemetry telemetry;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final int maxConsecutiveFailures;

    public WebhookDispatcher(EntityManager em, TransactionSynchronizationRegistry transactions, WebhookClient client,
            DeliveryTelemetry telemetry,
            @ConfigProperty(name = "iccsp.webhooks.max-attempts", defaultValue = "8") int maxAttempts,
            @ConfigProperty(name = "iccsp.webhooks.first-backoff", defaultValue = "PT5S") Duration firstBackoff,
            @ConfigProperty(name = "iccsp.webhooks.max-consecutive-failures", defaultValue = "10") int maxConsecutiveFailures) {
        this.em = em;
        this.wakeUp = new CommitWakeUp(transactions, this::tick);
        this.client = client;
        this.telemetry = telemetry;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.maxConsecutiveFailures = maxConsecutiveFailures;
    }

    /** Delivers the current transaction's webhooks right after it commits, not at the next tick. */
    public void deliverAfterCommit() {
        wakeUp.onCommit();
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${iccsp.webhooks.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::deliverNext)) {
                // keep going while there is due work
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook dispatch tick failed, will retry: %s", e.getMessage());
        }
    }

    boolean deliverNext() {
        @SuppressWarnings("unchecked")
        List<Notification> due = em.createNativeQuery("""
                select * from notification where status = 'pending' and channel = 'webhook'
                and next_attempt_at <= now() order by next_attempt_at limit 1 for update skip locked""",
                Notification.class).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Notification n = due.get(0);
        WebhookSubscription target = WebhookSubscription.findById(UUID.fromString(n.recipient),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Span span = telemetry.start(n, "webhook POST", SpanKind.CLIENT);
        if (target == null || WebhookSubscription.DISABLED.equals(target.status)) {
            fail(n, target == null ? "endpoint deleted" : "endpoint disabled: " + target.disabledReason, span);
            return true;
        }
        n.attempts++;
        WebhookClient.Outcome outcome;
        try (Scope ignored = span.makeCurrent()) {
            outcome = client.post(target, n.eventId, n.bodyText);
        }
        span.setAttribute("http.request.method", "POST");
        if (outcome.status() > 0) {
            span.setAttribute("http.response.status_code", outcome.status());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (outcome.delivered()) {
            n.status = Notification.SENT;
            n.sentAt = now;
            n.lastError = null;
            target.consecutiveFailures = 0;
            DeliveryAttempt.log(n.id, "sent", outcome.detail());
            telemetry.finish(span, n, DeliveryTelemetry.SENT, null);
            return true;
        }
        target.consecutiveFailures++;
        target.updatedAt = now;
        if (outcome.status() == 410) {
            target.disable("the endpoint answered 410 Gone");
        } else if (target.consecutiveFailures >= maxConsecutiveFailures) {
            target.disable(target.consecutiveFailures + " consecutive failed deliveries");
        }
        if (WebhookSubscription.DISABLED.equals(target.status) || n.attempts >= maxAttempts) {
            fail(n, outcome.detail(), span);
        } else {
            n.lastError = outcome.detail();
            n.nextAttemptAt = now.plus(Backoff.after(n.attempts, firstBackoff));
            DeliveryAttempt.log(n.id, "retry", outcome.detail());
            telemetry.finish(span, n, DeliveryTelemetry.RETRIED, outcome.detail());
        }
        LOG.warnf("webhook %s to %s failed (attempt %d): %s", n.id, target.url, n.attempts, outcome.detail());
        return true;
    }

    private void fail(Notification n, String detail, Span span) {
        n.status = Notification.FAILED;
        n.lastError = detail;
        DeliveryAttempt.log(n.id, "failed", detail);
        telemetry.finish(span, n, DeliveryTelemetry.FAILED, detail);
    }
}
