package org.iccsp.pledge.pledge.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.platform.observability.SampledGauge;

/** {@code iccsp_pledges{status}}: how many pledges are in each lifecycle state, sampled from the database. */
@ApplicationScoped
public class PledgesByStatus {
    private final EntityManager em;
    private final SampledGauge gauge;

    public PledgesByStatus(EntityManager em, MeterRegistry meters) {
        this.em = em;
        this.gauge = new SampledGauge(meters, "iccsp.pledges", "Pledges in each lifecycle status", "status",
                Arrays.stream(PledgeStatus.values()).map(PledgeStatus::code).toList());
    }

    @Scheduled(identity = "pledges-by-status", every = "${iccsp.metrics.sample-interval:15s}")
    public void sample() {
        gauge.sample(() -> em.createNativeQuery("select status, count(*) from pledge group by status").getResultList());
    }
}
