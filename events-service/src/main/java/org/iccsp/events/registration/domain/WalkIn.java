package org.iccsp.events.registration.domain;

/**
 * Register a person who arrives at the venue unregistered (an organiser at the desk): their {@code name},
 * optional {@code email} and {@code affiliation} (the organisation they name), and the
 * {@code representationGroup} they count in when the event balances representation.
 */
public record WalkIn(String name, String email, String affiliation, String representationGroup) {
}
