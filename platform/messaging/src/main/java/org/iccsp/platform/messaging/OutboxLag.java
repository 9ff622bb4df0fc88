package org.iccsp.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * How far the relay is behind: unsent outbox rows ({@code iccsp_outbox_unsent}) and the age of the
 * oldest one ({@code iccsp_outbox_oldest_unsent_age_seconds}, 0 when none wait). Sampled from the
 * database on a schedule rather than at scrape time, so a slow or unreachable database never stalls
 * a scrape; when it cannot be read the gauges report NaN (no data) instead of a stale value.
 */
@ApplicationScoped
public class OutboxLag {
    private static final Logger LOG = Logger.getLogger(OutboxLag.class);
    private static final Sample UNKNOWN = new Sample(Double.NaN, Double.NaN);

    private final EntityManager em;
    private final AtomicReference<Sample> last = new AtomicReference<>(UNKNOWN);

    record Sample(double unsent, double oldestAgeSeconds) {
    }

    public OutboxLag(EntityManager em, MeterRegistry meters) {
        this.em = em;
        Gauge.builder("iccsp.outbox.unsent", last, s -> s.get().unsent())
                .description("Outbox rows committed but not yet acknowledged by Kafka").register(meters);
        Gauge.builder("iccsp.outbox.oldest.unsent.age", last, s -> s.get().oldestAgeSeconds()).baseUnit("seconds")
                .description("Age of the oldest outbox row not yet acknowledged by Kafka (0 when none waits)")
                .register(meters);
    }

    @Scheduled(identity = "outbox-lag", every = "${iccsp.metrics.sample-interval:15s}")
    void tick() {
        try {
            sample();
        } catch (RuntimeException e) {
            last.set(UNKNOWN);
            LOG.debugf("cannot sample the outbox lag: %s", e.getMessage());
        }
    }

    /** Reads the lag now; the gauges report it until the next sample. */
    @Transactional
    public void sample() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
                from outbox_event where sent_at is null""").getSingleResult();
        last.set(new Sample(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue()));
    }
}
