package org.iccsp.pledge.announcement.messaging;

import static org.iccsp.contracts.pledges.PledgeContract.ANNOUNCEMENT_RELEASED;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.iccsp.contracts.pledges.AnnouncementReleased;
import org.iccsp.contracts.pledges.PledgeContract;
import org.iccsp.pledge.announcement.domain.Languages;
import org.iccsp.pledge.announcement.persistence.Announcement;
import org.iccsp.platform.messaging.Outbox;

/**
 * The announcement's one event (contract: pledge-service-events), written to the outbox in the release's
 * transaction. Nothing about an announcement is published before it is released.
 */
@ApplicationScoped
public class AnnouncementEvents {
    public static final String TOPIC = PledgeContract.ANNOUNCEMENTS_TOPIC;
    public static final String RELEASED = ANNOUNCEMENT_RELEASED.type();

    private final Outbox outbox;

    public AnnouncementEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void released(Announcement a, List<String> embargoIds, List<String> pledgeIds, List<String> revealed) {
        List<String> languages = Languages.ALL.stream().filter(a.texts::containsKey).toList();
        outbox.publish(ANNOUNCEMENT_RELEASED, "announcement", a.id, new AnnouncementReleased(a.id, a.title(),
                a.authoritativeLanguage, languages, a.releasedAt.toString(), a.releasedBy, a.trigger, embargoIds,
                pledgeIds, revealed));
    }
}
