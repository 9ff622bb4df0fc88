package org.iccsp.contracts.pledges;

import org.iccsp.contracts.EventType;

/**
 * What pledge-service publishes. A sealed (embargoed) pledge publishes nothing until its embargo is released.
 * Announced, committed, disbursed and withdrawn (what webhooks may forward) are published only for a pledge
 * whose members (the lead and every share's) are all announced, so they always name them; a pledge with a
 * confidential or prospective member publishes only {@code submitted}, the submitter's receipt, in which
 * {@code memberCode} is null while a member is confidential. Keys: the pledge id, the embargo id or the announcement id.
 */
public final class PledgeContract {
    public static final String PLEDGES_TOPIC = "pledges.pledges";
    public static final String EMBARGOES_TOPIC = "pledges.embargoes";
    public static final String ANNOUNCEMENTS_TOPIC = "pledges.announcements";

    public static final EventType<PledgeSubmitted> SUBMITTED = pledge("submitted", PledgeSubmitted.class);
    public static final EventType<PledgeAnnounced> ANNOUNCED = pledge("announced", PledgeAnnounced.class);
    public static final EventType<PledgeCommitted> COMMITTED = pledge("committed", PledgeCommitted.class);
    public static final EventType<PledgeDisbursed> DISBURSED = pledge("disbursed", PledgeDisbursed.class);
    public static final EventType<PledgeWithdrawn> WITHDRAWN = pledge("withdrawn", PledgeWithdrawn.class);
    public static final EventType<EmbargoReleased> EMBARGO_RELEASED =
            EventType.of(EMBARGOES_TOPIC, "pledges", "embargo", "released", EmbargoReleased.class);
    /** An announcement went public: its embargoes released and its members revealed, in one transaction. */
    public static final EventType<AnnouncementReleased> ANNOUNCEMENT_RELEASED =
            EventType.of(ANNOUNCEMENTS_TOPIC, "pledges", "announcement", "released", AnnouncementReleased.class);

    private PledgeContract() {
    }

    private static <T> EventType<T> pledge(String verb, Class<T> data) {
        return EventType.of(PLEDGES_TOPIC, "pledges", "pledge", verb, data);
    }
}
