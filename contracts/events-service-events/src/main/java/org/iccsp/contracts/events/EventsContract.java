package org.iccsp.contracts.events;

import java.util.List;
import java.util.Optional;
import org.iccsp.contracts.EventType;

/**
 * What events-service publishes. {@code events.events} carries an event's life cycle, its timetable and its
 * working groups, all keyed by the event id so they stay in order; registrations are keyed by registration id,
 * invitations by invitation id. Identifiers are UUIDs in the schemas and strings in the records: a consumer keeps
 * them as it got them.
 */
public final class EventsContract {
    public static final String EVENTS_TOPIC = "events.events";
    public static final String REGISTRATIONS_TOPIC = "events.registrations";
    public static final String INVITATIONS_TOPIC = "events.invitations";

    public static final EventType<EventSnapshot> EVENT_SCHEDULED = event("scheduled");
    public static final EventType<EventSnapshot> EVENT_CHANGED = event("changed");
    public static final EventType<EventSnapshot> EVENT_CANCELLED = event("cancelled");

    public static final EventType<SessionSnapshot> SESSION_SCHEDULED = session("scheduled");
    public static final EventType<SessionSnapshot> SESSION_CHANGED = session("changed");
    public static final EventType<SessionSnapshot> SESSION_CANCELLED = session("cancelled");

    public static final EventType<WorkingGroupFormed> WORKING_GROUP_FORMED =
            workingGroup("formed", WorkingGroupFormed.class);
    public static final EventType<WorkingGroupMemberChanged> WORKING_GROUP_MEMBER_ADDED =
            workingGroup("member-added", WorkingGroupMemberChanged.class);
    public static final EventType<WorkingGroupMemberChanged> WORKING_GROUP_MEMBER_REMOVED =
            workingGroup("member-removed", WorkingGroupMemberChanged.class);
    public static final EventType<WorkingGroupMemberChanged> WORKING_GROUP_CHAIR_NAMED =
            workingGroup("chair-named", WorkingGroupMemberChanged.class);
    public static final EventType<WorkingGroupOutputAdded> WORKING_GROUP_OUTPUT_ADDED =
            workingGroup("output-added", WorkingGroupOutputAdded.class);

    public static final EventType<RegistrationChanged> REGISTRATION_REQUESTED = registration("requested");
    public static final EventType<RegistrationChanged> REGISTRATION_CONFIRMED = registration("confirmed");
    public static final EventType<RegistrationChanged> REGISTRATION_WAITLISTED = registration("waitlisted");
    public static final EventType<RegistrationChanged> REGISTRATION_OFFERED = registration("offered");
    public static final EventType<RegistrationChanged> REGISTRATION_REJECTED = registration("rejected");
    public static final EventType<RegistrationChanged> REGISTRATION_CANCELLED = registration("cancelled");
    public static final EventType<RegistrationChanged> REGISTRATION_EXPIRED = registration("expired");

    public static final EventType<InvitationSent> INVITATION_SENT =
            EventType.of(INVITATIONS_TOPIC, "events", "invitation", "sent", InvitationSent.class);
    /** An organiser revoked an invitation (a resend is {@link #INVITATION_SENT} again, with the new token). */
    public static final EventType<InvitationChanged> INVITATION_REVOKED =
            EventType.of(INVITATIONS_TOPIC, "events", "invitation", "revoked", InvitationChanged.class);
    /** The invitee declined an invitation. */
    public static final EventType<InvitationChanged> INVITATION_DECLINED =
            EventType.of(INVITATIONS_TOPIC, "events", "invitation", "declined", InvitationChanged.class);

    private static final List<EventType<RegistrationChanged>> REGISTRATION_TYPES = List.of(REGISTRATION_REQUESTED,
            REGISTRATION_CONFIRMED, REGISTRATION_WAITLISTED, REGISTRATION_OFFERED, REGISTRATION_REJECTED,
            REGISTRATION_CANCELLED, REGISTRATION_EXPIRED);
    private static final List<EventType<EventSnapshot>> EVENT_TYPES =
            List.of(EVENT_SCHEDULED, EVENT_CHANGED, EVENT_CANCELLED);

    private EventsContract() {
    }

    /** The registration event for a registration's new status ({@code confirmed}…). */
    public static EventType<RegistrationChanged> registrationReached(String status) {
        return REGISTRATION_TYPES.stream().filter(t -> t.type().equals(registration(status).type())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no registration event for status " + status));
    }

    /** The registration event of this CloudEvent type, if it is one. */
    public static Optional<EventType<RegistrationChanged>> registrationType(String cloudEventType) {
        return REGISTRATION_TYPES.stream().filter(t -> t.is(cloudEventType)).findFirst();
    }

    /** The event life-cycle event ({@code scheduled}, {@code changed}, {@code cancelled}) of this type, if it is one. */
    public static Optional<EventType<EventSnapshot>> eventType(String cloudEventType) {
        return EVENT_TYPES.stream().filter(t -> t.is(cloudEventType)).findFirst();
    }

    private static EventType<EventSnapshot> event(String verb) {
        return EventType.of(EVENTS_TOPIC, "events", "event", verb, EventSnapshot.class);
    }

    private static EventType<SessionSnapshot> session(String verb) {
        return EventType.of(EVENTS_TOPIC, "events", "session", verb, SessionSnapshot.class);
    }

    private static EventType<RegistrationChanged> registration(String status) {
        return EventType.of(REGISTRATIONS_TOPIC, "events", "registration", status, RegistrationChanged.class);
    }

    private static <T> EventType<T> workingGroup(String verb, Class<T> data) {
        return EventType.of(EVENTS_TOPIC, "events", "working-group", verb, data);
    }
}
