package org.iccsp.notification.delivery.domain;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.iccsp.notification.delivery.persistence.DeliveryAttempt;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.CommitWakeUp;
import org.iccsp.platform.observability.TraceContext;
import org.iccsp.platform.web.ProblemException;
import org.jboss.logging.Logger;

/**
 * The one delivery mechanism of every {@link Channel}: claim one due row per transaction
 * ({@code FOR UPDATE SKIP LOCKED}, so instances share the work), send it through its channel inside a
 * span of the trace that caused it, then either record it sent or back off by the channel's
 * {@link RetryPolicy} (the last failure marks it failed, replayable by an admin), writing every attempt
 * to {@code delivery_attempt} and counting it in {@code iccsp_notifications_total}. Each channel runs
 * in its own lane (its own schedule and wake-up), so a stalled SMTP server does not hold webhooks back.
 */
@ApplicationScoped
public class DeliveryPipeline {
    private static final Logger LOG = Logger.getLogger(DeliveryPipeline.class);

    private final EntityManager em;
    private final DeliveryTelemetry telemetry;
    private final TraceContext traces;
    private final Clock clock;
    private final Map<String, Lane> lanes = new LinkedHashMap<>();

    private record Lane(Channel channel, RetryPolicy policy, CommitWakeUp wakeUp) {
    }

    public DeliveryPipeline(@All List<Channel> channels, EntityManager em, TransactionSynchronizationRegistry transactions,
            DeliveryTelemetry telemetry, TraceContext traces, Config config, Clock clock) {
        this.em = em;
        this.telemetry = telemetry;
        this.traces = traces;
        for (Channel channel : channels) {
            lanes.put(channel.name(), new Lane(channel, RetryPolicy.fromConfig(config, channel.configPrefix()),
                    new CommitWakeUp(transactions, () -> drain(channel.name()))));
        }
        this.clock = clock;
    }

    /** Each lane looks for due work at its interval too: retries, and anything a wake-up missed. */
    void schedule(@Observes StartupEvent start, Scheduler scheduler) {
        lanes.values().forEach(lane -> scheduler.newJob("delivery-" + lane.channel().name())
                .setInterval(lane.policy().interval())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> drain(lane.channel().name()))
                .schedule());
    }

    /**
     * A new pending notification caused by {@code cause}, in its trace, due now (not stored yet: the
     * caller adds what its channel needs, then {@link #queue}s it, or stores it itself for in-app).
     */
    public Notification draft(CloudEvent cause, String channel, String category, String recipient, String language,
            String subject, String text) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventSource = cause.source();
        n.eventId = cause.id();
        n.eventType = cause.type();
        n.category = category;
        n.channel = channel;
        n.recipient = recipient;
        n.language = language;
        n.subject = subject;
        n.bodyText = text;
        n.status = Notification.PENDING;
        n.nextAttemptAt = now;
        n.createdAt = now;
        n.traceContext = traces.current();
        return n;
    }

    /** Stores a drafted notification in the caller's transaction; its lane delivers it once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification queue(Notification n) {
        n.persist();
        deliverAfterCommit(n.channel);
        return n;
    }

    /** Delivers the current transaction's notifications on {@code channel} right after it commits. */
    public void deliverAfterCommit(String channel) {
        lane(channel).wakeUp().onCommit();
    }

    /** Queues a failed delivery again with a fresh budget (409 when its channel refuses it now). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replay(Notification n) {
        if (!Notification.FAILED.equals(n.status)) {
            throw ProblemException.conflict("only a failed delivery can be replayed; this one is " + n.status);
        }
        Lane lane = lane(n.channel);
        lane.channel().replayRefusal(n).ifPresent(reason -> {
            throw ProblemException.conflict(reason);
        });
        n.status = Notification.PENDING;
        n.attempts = 0;
        n.nextAttemptAt = OffsetDateTime.now(clock);
        lane.wakeUp().onCommit();
    }

    /**
     * Queues every failed delivery to one recipient on one channel again, with a fresh budget (a webhook's
     * "recover"); with {@code since}, only those created at or after it. The caller has checked that the
     * recipient accepts deliveries now.
     *
     * @return how many were queued again
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int replayFailed(String channel, String recipient, OffsetDateTime since) {
        jakarta.persistence.Query update = em.createQuery("update Notification set status = :pending, attempts = 0, nextAttemptAt = :now"
                + " where channel = :channel and recipient = :recipient and status = :failed"
                + (since == null ? "" : " and createdAt >= :since"))
                .setParameter("pending", Notification.PENDING).setParameter("now", OffsetDateTime.now(clock))
                .setParameter("channel", channel).setParameter("recipient", recipient)
                .setParameter("failed", Notification.FAILED);
        if (since != null) {
            update.setParameter("since", since);
        }
        int replayed = update.executeUpdate();
        if (replayed > 0) {
            lane(channel).wakeUp().onCommit();
        }
        return replayed;
    }

    void drain(String channel) {
        try {
            while (QuarkusTransaction.requiringNew().call(() -> deliverNext(lane(channel)))) {
                // keep going while there is due work
            }
        } catch (RuntimeException e) {
            LOG.warnf("%s delivery stopped, the next tick retries: %s", channel, Failures.describe(e));
        }
    }

    /** @return false when nothing was due */
    private boolean deliverNext(Lane lane) {
        @SuppressWarnings("unchecked")
        List<Notification> due = em.createNativeQuery("""
                select * from notification where status = 'pending' and channel = ?1
                and next_attempt_at <= ?2 order by next_attempt_at limit 1 for update skip locked""",
                Notification.class).setParameter(1, lane.channel().name()).setParameter(2, OffsetDateTime.now(clock))
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Notification n = due.get(0);
        n.attempts++;
        Span span = telemetry.start(n, lane.channel().spanName(), SpanKind.CLIENT);
        Attempt attempt;
        try (Scope ignored = span.makeCurrent()) {
            attempt = lane.channel().attempt(n);
        } catch (RuntimeException e) {
            span.recordException(e);
            attempt = Attempt.failed(e);
        }
        record(n, attempt, lane.policy(), span);
        return true;
    }

    private void record(Notification n, Attempt attempt, RetryPolicy policy, Span span) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (attempt.outcome() == Attempt.Outcome.SENT) {
            n.status = Notification.SENT;
            n.sentAt = now;
            n.lastError = null;
            DeliveryAttempt.log(n.id, "sent", attempt.detail(), now);
            telemetry.finish(span, n, DeliveryTelemetry.SENT, null);
            return;
        }
        n.lastError = attempt.detail();
        if (attempt.outcome() == Attempt.Outcome.GIVE_UP || policy.exhausted(n.attempts)) {
            n.status = Notification.FAILED;
            DeliveryAttempt.log(n.id, "failed", attempt.detail(), now);
            telemetry.finish(span, n, DeliveryTelemetry.FAILED, attempt.detail());
        } else {
            n.nextAttemptAt = now.plus(policy.delayAfter(n.attempts));
            DeliveryAttempt.log(n.id, "retry", attempt.detail(), now);
            telemetry.finish(span, n, DeliveryTelemetry.RETRIED, attempt.detail());
        }
        LOG.warnf("%s %s to %s failed (attempt %d): %s", n.channel, n.id, n.recipient, n.attempts, attempt.detail());
    }

    private Lane lane(String channel) {
        Lane lane = lanes.get(channel);
        if (lane == null) {
            throw new IllegalStateException("no delivery channel " + channel);
        }
        return lane;
    }
}
