package org.iccsp.pledge.embargo.messaging;

import static org.iccsp.contracts.pledges.PledgeContract.EMBARGO_RELEASED;

import jakarta.enterprise.context.ApplicationScoped;
import org.iccsp.contracts.pledges.EmbargoReleased;
import org.iccsp.contracts.pledges.PledgeContract;
import org.iccsp.pledge.embargo.persistence.Embargo;
import org.iccsp.platform.messaging.Outbox;

/** Embargo events (contract: pledge-service-events), written to the outbox in the release's transaction. */
@ApplicationScoped
public class EmbargoEvents {
    public static final String TOPIC = PledgeContract.EMBARGOES_TOPIC;
    public static final String RELEASED = EMBARGO_RELEASED.type();

    private final Outbox outbox;

    public EmbargoEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void released(Embargo embargo, int pledgeCount) {
        outbox.publish(EMBARGO_RELEASED, "embargo", embargo.id, new EmbargoReleased(embargo.id, embargo.name,
                embargo.releasedAt.toString(), embargo.releasedBy, pledgeCount));
    }
}
