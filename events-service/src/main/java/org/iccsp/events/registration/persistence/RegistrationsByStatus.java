package org.iccsp.events.registration.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import org.iccsp.events.registration.domain.RegistrationStatus;
import org.iccsp.platform.observability.SampledGauge;

/**
 * {@code iccsp_registrations{status}}: registrations in each status (confirmed, waitlisted…), sampled
 * from the database; {@code iccsp_events_published_total} counts the transitions.
 */
@ApplicationScoped
public class RegistrationsByStatus {
    private final EntityManager em;
    private final SampledGauge gauge;

    public RegistrationsByStatus(EntityManager em, MeterRegistry meters) {
        this.em = em;
        this.gauge = new SampledGauge(meters, "iccsp.registrations", "Registrations in each status", "status",
                Arrays.stream(RegistrationStatus.values()).map(RegistrationStatus::code).toList());
    }

    @Scheduled(identity = "registrations-by-status", every = "${iccsp.metrics.sample-interval:15s}")
    public void sample() {
        gauge.sample(() -> em.createNativeQuery("select status, count(*) from registration group by status").getResultList());
    }
}
