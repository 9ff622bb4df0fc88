package org.iccsp.notification.webhook.domain;

import java.util.List;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.web.Caller;

/**
 * Which {@code events} subscribers may receive an event: never one whose owner could not see it
 * through events-service's API, and organisers only the events they run. Admins get every event;
 * organisers those they organise ({@code organizerSubject} of the event); governments public and
 * members-only events (invitation-only events reach them only through their own invitations, by
 * email). Anything unknown (an older event without organiser, an unknown visibility) is withheld.
 */
public final class EventAudience {
    private static final List<String> MEMBERS_SEE = List.of("public", "members-only");

    private EventAudience() {
    }

    public static boolean receives(WebhookSubscription s, String organizerSubject, String visibility) {
        List<String> roles = List.of(s.ownerRoles);
        if (roles.contains(Caller.ADMIN)) {
            return true;
        }
        if (roles.contains(Caller.ORGANIZER) && s.ownerSubject.equals(organizerSubject)) {
            return true;
        }
        return roles.contains(Caller.GOVERNMENT) && MEMBERS_SEE.contains(visibility);
    }
}
