package org.iccsp.events.registration.domain;

import java.util.UUID;

/**
 * A confirmed registration stopped counting (cancelled or rejected): fired synchronously, in the
 * transaction and under the event's lock, so what hangs on it (session places) is released with it.
 */
public record RegistrationWithdrawn(UUID registrationId) {
}
