package org.iccsp.pledge.announcement.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.web.ProblemException;
import org.jboss.logging.Logger;

/** Releases approved announcements whose release time has come; several replicas may run it (the release locks). */
@ApplicationScoped
public class AnnouncementClock {
    private static final Logger LOG = Logger.getLogger(AnnouncementClock.class);

    private final AnnouncementDesk desk;

    public AnnouncementClock(AnnouncementDesk desk) {
        this.desk = desk;
    }

    @Scheduled(every = "${pledges.announcement-clock.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseDue() {
        for (String id : desk.due()) {
            try {
                AnnouncementDesk.Release release = desk.release(id, AuditActor.system(AnnouncementDesk.CLOCK_ACTOR), null);
                if (release.now()) {
                    LOG.infof("announcement %s released on time: %d pledges announced", id, release.pledgeIds().size());
                }
            } catch (ProblemException e) {
                LOG.warnf("announcement %s not released by the clock: %s", id, e.getMessage());
            }
        }
    }
}
