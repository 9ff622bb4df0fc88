package org.iccsp.events.registration.domain;

import java.util.List;

/**
 * Register for an event. Who registers comes from the token; {@code forOrganization} registers on behalf
 * of the caller's organisation; a government user may bring a {@code delegation} (head first).
 */
public record Register(String name, boolean forOrganization, Delegation delegation, String invitationToken,
        String representationGroup) {

    /** The head of delegation comes first in protocol order, then the members in the order given. */
    public record Delegation(Delegate head, List<Delegate> members) {
    }

    public record Delegate(String name, String title) {
    }
}
