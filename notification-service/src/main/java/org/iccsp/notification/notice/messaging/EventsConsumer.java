package org.iccsp.notification.notice.messaging;

import static org.iccsp.contracts.events.EventsContract.EVENT_CANCELLED;
import static org.iccsp.contracts.events.EventsContract.EVENT_CHANGED;
import static org.iccsp.contracts.events.EventsContract.EVENT_SCHEDULED;
import static org.iccsp.contracts.events.EventsContract.INVITATION_SENT;
import static org.iccsp.contracts.events.EventsContract.REGISTRATION_CONFIRMED;
import static org.iccsp.contracts.events.EventsContract.REGISTRATION_OFFERED;
import static org.iccsp.contracts.events.EventsContract.REGISTRATION_WAITLISTED;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.contracts.EventType;
import org.iccsp.contracts.events.EventSnapshot;
import org.iccsp.contracts.events.EventsContract;
import org.iccsp.contracts.events.InvitationSent;
import org.iccsp.contracts.events.RegistrationChanged;
import org.iccsp.notification.notice.domain.Letters;
import org.iccsp.notification.notice.domain.Letters.Letter;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.notification.projection.persistence.EventProjection;
import org.iccsp.notification.projection.persistence.RegistrationProjection;
import org.iccsp.notification.webhook.domain.EventAudience;
import org.iccsp.notification.webhook.domain.WebhookFanOut;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.CloudEventCodec;
import org.iccsp.platform.messaging.IdempotentConsumer;
import org.iccsp.platform.messaging.SealingKeys;

/**
 * events-service's topics, read as its contract records (events-service-events): events (kept as a local projection; a change or cancellation is told to
 * the event's registrants), registrations (projection; confirmed/waitlisted/offered are told to the
 * registrant) and invitations (emailed to the invitee with the acceptance link).
 */
@ApplicationScoped
public class EventsConsumer {
    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Letters letters;
    private final WebhookFanOut webhooks;
    private final SealingKeys sealing;
    private final String publicUrl;
    private final Clock clock;

    public EventsConsumer(IdempotentConsumer consumer, CloudEventCodec codec, Letters letters, WebhookFanOut webhooks,
            SealingKeys sealing,
            @ConfigProperty(name = "iccsp.public-url", defaultValue = "http://localhost:8080") String publicUrl, Clock clock) {
        this.consumer = consumer;
        this.codec = codec;
        this.letters = letters;
        this.webhooks = webhooks;
        this.sealing = sealing;
        this.publicUrl = publicUrl;
        this.clock = clock;
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
        // sessions and working groups share the topic; this service follows events only
        EventType<EventSnapshot> type = EventsContract.eventType(cloudEvent.type()).orElse(null);
        if (type == null) {
            return;
        }
        EventSnapshot d = codec.data(cloudEvent, type);
        String eventId = EventData.required(d.eventId(), "eventId");
        EventProjection e = EventProjection.findById(eventId);
        boolean known = e != null;
        if (!known) {
            e = new EventProjection();
            e.eventId = eventId;
        } else if (!EVENT_SCHEDULED.equals(type)) {
            e.sequence++;
        }
        e.title = EventData.required(d.title(), "title");
        e.venue = d.venue();
        e.timeZone = d.timeZone();
        e.startsAt = EventData.required(d.startsAt(), "startsAt");
        e.endsAt = EventData.required(d.endsAt(), "endsAt");
        e.status = EventData.required(d.status(), "status");
        e.updatedAt = OffsetDateTime.now(clock);
        if (!known) {
            e.persist();
        }
        String organizer = d.organizerSubject();
        String visibility = d.visibility();
        webhooks.publish(cloudEvent, Categories.EVENTS, s -> EventAudience.receives(s, organizer, visibility));
        if (EVENT_CHANGED.equals(type)) {
            tellRegistrants(cloudEvent, e, false);
        } else if (EVENT_CANCELLED.equals(type)) {
            tellRegistrants(cloudEvent, e, true);
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
            String ics = "confirmed".equals(r.status) ? e.invitation(r.registrationId, email, clock.instant()) : null;
            letters.send(cause, email, new Letter(cancelled ? Categories.CANCELLATIONS : Categories.EVENT_UPDATES,
                    cancelled ? "event-cancelled" : "event-changed", eventValues(e),
                    cancelled ? List.of() : List.of("event.when"), null, ics));
        });
    }

    void registration(CloudEvent cloudEvent) {
        EventType<RegistrationChanged> type = EventsContract.registrationType(cloudEvent.type()).orElse(null);
        if (type == null) {
            return;
        }
        RegistrationChanged d = codec.data(cloudEvent, type);
        String registrationId = EventData.required(d.registrationId(), "registrationId");
        RegistrationProjection r = RegistrationProjection.findById(registrationId);
        boolean known = r != null;
        if (!known) {
            r = new RegistrationProjection();
            r.registrationId = registrationId;
        }
        r.eventId = EventData.required(d.eventId(), "eventId");
        r.registrantSubject = d.registrantSubject();
        String email = d.registrantEmail();
        if (email != null) {
            r.email = email.trim().toLowerCase(Locale.ROOT);
        }
        r.status = EventData.required(d.status(), "status");
        r.updatedAt = OffsetDateTime.now(clock);
        if (!known) {
            r.persist();
        }

        EventProjection e = EventProjection.findById(r.eventId);
        Map<String, String> values = e == null ? new HashMap<>(Map.of("title", r.eventId)) : eventValues(e);
        values.put("places", String.valueOf(d.places()));
        values.put("position", String.valueOf(d.waitlistPosition()));
        values.put("expires", d.offerExpiresAt() == null ? "" : EventData.at(d.offerExpiresAt()));
        List<String> when = e == null ? List.of() : List.of("event.when");
        if (REGISTRATION_CONFIRMED.equals(type)) {
            letters.send(cloudEvent, r.email, new Letter(Categories.REGISTRATIONS,
                    "registration-confirmed", values, when, null,
                    e == null ? null : e.invitation(r.registrationId, r.email, clock.instant())));
        } else if (REGISTRATION_WAITLISTED.equals(type)) {
            letters.send(cloudEvent, r.email, new Letter(Categories.REGISTRATIONS,
                    "registration-waitlisted", values, List.of(), null, null));
        } else if (REGISTRATION_OFFERED.equals(type)) {
            letters.send(cloudEvent, r.email, new Letter(Categories.REGISTRATIONS,
                    "registration-offered", values, List.of(), null, null));
        }
        // requested, rejected, cancelled, expired: only the projection changes
    }

    void invitation(CloudEvent cloudEvent) {
        if (!INVITATION_SENT.is(cloudEvent.type())) {
            return;
        }
        InvitationSent d = codec.data(cloudEvent, INVITATION_SENT);
        // The token travels sealed, bound to the invitation id: opened here with the shared keys (a token that
        // does not open is poison). The event id lets the gateway's page show the right event at once.
        String token = sealing.open(EventData.required(d.token(), "token"), EventData.required(d.invitationId(), "invitationId"));
        String link = publicUrl + "/invitations/accept?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&event=" + URLEncoder.encode(EventData.required(d.eventId(), "eventId"), StandardCharsets.UTF_8);
        letters.send(cloudEvent, EventData.required(d.email(), "email"), new Letter(Categories.INVITATIONS,
                "invitation-sent", Map.of("title", EventData.required(d.eventTitle(), "eventTitle"),
                        "expires", EventData.at(EventData.required(d.expiresAt(), "expiresAt"))),
                List.of(), link, null));
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
