package org.iccsp.notification.notice.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.notification.notice.domain.Letters;
import org.iccsp.notification.notice.domain.Letters.Letter;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.notification.projection.persistence.EventProjection;
import org.iccsp.notification.projection.persistence.RegistrationProjection;
import org.iccsp.notification.webhook.domain.EventAudience;
import org.iccsp.notification.webhook.domain.WebhookFanOut;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.IdempotentConsumer;

/**
 * events-service's topics: events (kept as a local projection; a change or cancellation is told to
 * the event's registrants), registrations (projection; confirmed/waitlisted/offered are told to the
 * registrant) and invitations (emailed to the invitee with the acceptance link).
 */
@ApplicationScoped
public class EventsConsumer {
    private final IdempotentConsumer consumer;
    private final Letters letters;
    private final WebhookFanOut webhooks;
    private final String publicUrl;

    public EventsConsumer(IdempotentConsumer consumer, Letters letters, WebhookFanOut webhooks,
            @ConfigProperty(name = "iccsp.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.consumer = consumer;
        this.letters = letters;
        this.webhooks = webhooks;
        this.publicUrl = publicUrl;
    }

    @Incoming("events-events")
    @Blocking
    public void onEvent(String record) {
        consumer.consume("notification-service.events-events", record, this::event);
    }

    @Incoming("events-registrations")
    @Blocking
    public void onRegistration(String record) {
        consumer.consume("notification-service.events-registrations", record, this::registration);
    }

    @Incoming("events-invitations")
    @Blocking
    public void onInvitation(String record) {
        consumer.consume("notification-service.events-invitations", record, this::invitation);
    }

    void event(CloudEvent cloudEvent) {
        if (!"event".equals(EventData.entity(cloudEvent.type()))) {
            return;
        }
        String verb = EventData.verb(cloudEvent.type());
        JsonNode d = cloudEvent.data();
        String eventId = EventData.required(d, "eventId");
        EventProjection e = EventProjection.findById(eventId);
        boolean known = e != null;
        if (!known) {
            e = new EventProjection();
            e.eventId = eventId;
        } else if (!"scheduled".equals(verb)) {
            e.sequence++;
        }
        e.title = EventData.required(d, "title");
        e.venue = EventData.optional(d, "venue");
        e.timeZone = EventData.optional(d, "timeZone");
        e.startsAt = EventData.time(d, "startsAt");
        e.endsAt = EventData.time(d, "endsAt");
        e.status = EventData.optional(d, "status") == null ? verb : EventData.optional(d, "status");
        e.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (!known) {
            e.persist();
        }
        String organizer = EventData.optional(d, "organizerSubject");
        String visibility = EventData.optional(d, "visibility");
        webhooks.publish(cloudEvent, Categories.EVENTS, s -> EventAudience.receives(s, organizer, visibility));
        switch (verb) {
            case "changed" -> tellRegistrants(cloudEvent, e, false);
            case "cancelled" -> tellRegistrants(cloudEvent, e, true);
            default -> {
            }
        }
    }

    private void tellRegistrants(CloudEvent cause, EventProjection e, boolean cancelled) {
        // one message per address, even if it holds several registrations for the event
        Map<String, RegistrationProjection> byEmail = new LinkedHashMap<>();
        for (RegistrationProjection r : RegistrationProjection.activeFor(e.eventId)) {
            byEmail.merge(r.email.toLowerCase(Locale.ROOT), r,
                    (a, b) -> "confirmed".equals(a.status) ? a : b);
        }
        byEmail.forEach((email, r) -> {
            String ics = "confirmed".equals(r.status) ? e.invitation(r.registrationId, email) : null;
            letters.send(cause, email, new Letter(cancelled ? Categories.CANCELLATIONS : Categories.EVENT_UPDATES,
                    cancelled ? "event-cancelled" : "event-changed", eventValues(e),
                    cancelled ? List.of() : List.of("event.when"), null, ics));
        });
    }

    void registration(CloudEvent cloudEvent) {
        if (!"registration".equals(EventData.entity(cloudEvent.type()))) {
            return;
        }
        JsonNode d = cloudEvent.data();
        String registrationId = EventData.required(d, "registrationId");
        RegistrationProjection r = RegistrationProjection.findById(registrationId);
        boolean known = r != null;
        if (!known) {
            r = new RegistrationProjection();
            r.registrationId = registrationId;
        }
        r.eventId = EventData.required(d, "eventId");
        r.registrantSubject = EventData.optional(d, "registrantSubject");
        String email = EventData.optional(d, "registrantEmail");
        if (email != null) {
            r.email = email.trim().toLowerCase(Locale.ROOT);
        }
        r.status = EventData.optional(d, "status") == null ? EventData.verb(cloudEvent.type())
                : EventData.optional(d, "status");
        r.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (!known) {
            r.persist();
        }

        EventProjection e = EventProjection.findById(r.eventId);
        Map<String, String> values = e == null ? new HashMap<>(Map.of("title", r.eventId)) : eventValues(e);
        values.put("places", String.valueOf(EventData.optional(d, "places")));
        values.put("position", String.valueOf(EventData.optional(d, "waitlistPosition")));
        values.put("expires", offerExpiry(d));
        List<String> when = e == null ? List.of() : List.of("event.when");
        switch (EventData.verb(cloudEvent.type())) {
            case "confirmed" -> letters.send(cloudEvent, r.email, new Letter(Categories.REGISTRATIONS,
                    "registration-confirmed", values, when, null,
                    e == null ? null : e.invitation(r.registrationId, r.email)));
            case "waitlisted" -> letters.send(cloudEvent, r.email, new Letter(Categories.REGISTRATIONS,
                    "registration-waitlisted", values, List.of(), null, null));
            case "offered" -> letters.send(cloudEvent, r.email, new Letter(Categories.REGISTRATIONS,
                    "registration-offered", values, List.of(), null, null));
            default -> {
                // requested, rejected, cancelled, expired: only the projection changes
            }
        }
    }

    void invitation(CloudEvent cloudEvent) {
        if (!"org.iccsp.events.invitation.sent.v1".equals(cloudEvent.type())) {
            return;
        }
        JsonNode d = cloudEvent.data();
        // The event id lets the gateway's page show the right event at once (the token alone does not say).
        String link = publicUrl + "/invitations/accept?token="
                + URLEncoder.encode(EventData.required(d, "token"), StandardCharsets.UTF_8)
                + "&event=" + URLEncoder.encode(EventData.required(d, "eventId"), StandardCharsets.UTF_8);
        letters.send(cloudEvent, EventData.required(d, "email"), new Letter(Categories.INVITATIONS, "invitation-sent",
                Map.of("title", EventData.required(d, "eventTitle"),
                        "expires", EventData.at(EventData.time(d, "expiresAt"))),
                List.of(), link, null));
    }

    private static String offerExpiry(JsonNode d) {
        return EventData.optional(d, "offerExpiresAt") == null ? "" : EventData.at(EventData.time(d, "offerExpiresAt"));
    }

    private static Map<String, String> eventValues(EventProjection e) {
        Map<String, String> values = new HashMap<>();
        values.put("title", e.title);
        values.put("venue", e.venue == null ? "" : e.venue);
        values.put("when", e.when());
        values.put("zone", e.zone().getId());
        return values;
    }
}
