package org.iccsp.pledge.embargo.domain;

import java.util.Optional;

/**
 * Who else decides when an embargo is released: an embargo that is part of a pending announcement is released with
 * it, and not by itself (by an admin firing it, or by its own release time). Implemented by the announcement
 * capability, so that {@code embargo} does not import it.
 */
public interface EmbargoHolders {
    /** The id of the pending announcement the embargo is part of, if any. */
    Optional<String> heldBy(String embargoId);
}
