package org.iccsp.events.invitation.domain;

import java.time.OffsetDateTime;

/** Invite an email address to an event; without {@code expiresAt} the invitation lasts until the event starts. */
public record Invite(String email, OffsetDateTime expiresAt) {
}
