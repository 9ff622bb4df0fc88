package org.iccsp.pledge.embargo.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.web.ProblemException;
import org.jboss.logging.Logger;

/** Releases embargoes whose release time has passed; several replicas may run it (the release locks). */
@ApplicationScoped
public class EmbargoClock {
    private static final Logger LOG = Logger.getLogger(EmbargoClock.class);
    public static final String ACTOR = "embargo-clock";

    private final EmbargoDesk desk;

    public EmbargoClock(EmbargoDesk desk) {
        this.desk = desk;
    }

    @Scheduled(every = "${pledges.embargo-clock.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseDue() {
        for (String id : desk.due()) {
            try {
                EmbargoDesk.Release release = desk.release(id, AuditActor.system(ACTOR), null);
                LOG.infof("embargo %s released on time: %d pledges announced", release.embargo().name,
                        release.announcedPledges().size());
            } catch (ProblemException e) {
                LOG.debugf("embargo %s not released by the clock: %s", id, e.getMessage()); // another replica won
            }
        }
    }
}
