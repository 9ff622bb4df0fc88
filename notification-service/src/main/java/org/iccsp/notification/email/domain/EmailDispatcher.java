package org.iccsp.notification.email.domain;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.delivery.Backoff;
import org.iccsp.notification.delivery.DeliveryTelemetry;
import org.iccsp.notification.notice.persistence.DeliveryAttempt;
import org.iccsp.notification.notice.persistence.Notification;
import org.iccsp.platform.messaging.CommitWakeUp;
import org.jboss.logging.Logger;

/**
 * Hands pending emails to SMTP, one row per transaction (locked with SKIP LOCKED so several
 * instances share the work). A failure is retried with exponential backoff and jitter
 * ({@link Backoff}); after the last attempt the notice is marked failed and stays in the delivery log for replay.
 * Each attempt is an "email send" span in the trace the notice was created in.
 */
@ApplicationScoped
public class EmailDispatcher {
    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class);

    private final EntityManager em;
    private final CommitWakeUp wakeUp;
    private final Mailer mailer;
    private final DeliveryTelemetry telemetry;
    private final int maxAttempts;
    private final Duration firstBackoff;

    public EmailDispatcher(EntityManager em, TransactionSynchronizationRegistry transactions, Mailer mailer,
            DeliveryTelemetry telemetry,
            @ConfigProperty(name = "iccsp.email.max-attempts", defaultValue = "8") int maxAttempts,
            @ConfigProperty(name = "iccsp.email.first-backoff", defaultValue = "PT5S") Duration firstBackoff) {
        this.em = em;
        this.wakeUp = new CommitWakeUp(transactions, this::tick);
        this.mailer = mailer;
        this.telemetry = telemetry;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
    }

    /** Sends the current transaction's emails right after it commits, not at the next tick. */
    public void sendAfterCommit() {
        wakeUp.onCommit();
    }

    @Scheduled(identity = "email-dispatcher", every = "${iccsp.email.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::deliverNext)) {
                // keep going while there is due work
            }
        } catch (RuntimeException e) {
            LOG.warnf("email dispatch tick failed, will retry: %s", e.getMessage());
        }
    }

    /** @return false when nothing was due */
    boolean deliverNext() {
        @SuppressWarnings("unchecked")
        List<Notification> due = em.createNativeQuery("""
                select * from notification where status = 'pending' and channel = 'email'
                and next_attempt_at <= now() order by next_attempt_at limit 1 for update skip locked""",
                Notification.class).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Notification n = due.get(0);
        n.attempts++;
        Span span = telemetry.start(n, "email send", SpanKind.CLIENT);
        try (Scope ignored = span.makeCurrent()) {
            Mail mail = Mail.withHtml(n.recipient, n.subject, n.bodyHtml).setText(n.bodyText)
                    .addHeader("Message-ID", "<" + n.id + "@iccsp.local>")
                    .addHeader("X-ICCSP-Event", n.eventSource + "#" + n.eventId);
            if (n.unsubscribeUrl != null) {
                // RFC 2369 and RFC 8058: mail clients offer "unsubscribe" and POST to the link in one click
                mail.addHeader("List-Unsubscribe", "<" + n.unsubscribeUrl + ">")
                        .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            if (n.attachmentIcs != null) {
                mail.addAttachment("invite.ics", n.attachmentIcs.getBytes(StandardCharsets.UTF_8),
                        Ical.CONTENT_TYPE);
            }
            mailer.send(mail);
            n.status = Notification.SENT;
            n.sentAt = OffsetDateTime.now(ZoneOffset.UTC);
            n.lastError = null;
            DeliveryAttempt.log(n.id, "sent", null);
            telemetry.finish(span, n, DeliveryTelemetry.SENT, null);
        } catch (RuntimeException e) {
            n.lastError = String.valueOf(e.getMessage());
            span.recordException(e);
            if (n.attempts >= maxAttempts) {
                n.status = Notification.FAILED;
                DeliveryAttempt.log(n.id, "failed", n.lastError);
                telemetry.finish(span, n, DeliveryTelemetry.FAILED, n.lastError);
            } else {
                n.nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plus(backoff(n.attempts));
                DeliveryAttempt.log(n.id, "retry", n.lastError);
                telemetry.finish(span, n, DeliveryTelemetry.RETRIED, n.lastError);
            }
            LOG.warnf("email %s to %s failed (attempt %d): %s", n.id, n.recipient, n.attempts, n.lastError);
        }
        return true;
    }

    /** Exponential backoff with jitter, capped at one hour. */
    Duration backoff(int attempts) {
        return Backoff.after(attempts, firstBackoff);
    }
}
