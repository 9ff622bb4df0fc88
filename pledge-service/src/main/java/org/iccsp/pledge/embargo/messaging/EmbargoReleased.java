package org.iccsp.pledge.embargo.messaging;

/** Data of {@code org.iccsp.pledges.embargo.released.v1}; schema in events/. */
public record EmbargoReleased(String embargoId, String name, String releasedAt, String releasedBy, int pledgeCount) {
}
