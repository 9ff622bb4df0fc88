package org.iccsp.events.registration.domain;

/** An organiser's decision on a registration: approve it, reject it, or put it on the waitlist. */
public enum RegistrationDecision {
    APPROVE, REJECT, WAITLIST
}
