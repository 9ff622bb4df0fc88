package org.iccsp.pledge.pledge.domain;

import java.util.Optional;

/** What submitting a pledge under an embargo needs to know of it; the embargo capability implements it. */
public interface SealingEmbargoes {
    /**
     * The embargo, locked until the transaction ends so that a release running now cannot miss a pledge
     * sealed under it; empty when there is no such embargo.
     */
    Optional<EmbargoState> lockForSealing(String embargoId);

    record EmbargoState(String id, String name, boolean sealed) {
    }
}
