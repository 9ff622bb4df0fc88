package org.iccsp.contracts.pledges;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Data of {@code org.iccsp.pledges.announcement.released.v1}; schema in events/ (see the EventType constant). Published
 * once, in the transaction that released the announcement's embargoes and revealed its members: the pledges it
 * announced have their own {@code pledge.announced} events in the same transaction.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnnouncementReleased(String announcementId, String title, String authoritativeLanguage,
        List<String> languages, String releasedAt, String releasedBy, String trigger, List<String> embargoIds,
        List<String> pledgeIds, List<String> revealedMembers) {
}
