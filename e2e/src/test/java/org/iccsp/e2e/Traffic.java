package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Business actions through the gateway, each of which causes exactly one email (listing, pledge
 * receipt, registration confirmation): the fault tests count every one's mails in the SMTP capture.
 */
final class Traffic {
    private static final String OFFICIAL = "gov-gb@iccsp.test";
    private static final String REGISTRANT = "cso-alice@iccsp.test";
    private static final String SCHEDULED = "org.iccsp.events.event.scheduled.v1";

    enum Kind { PLEDGE, REGISTRATION, ORGANISATION }

    /**
     * What was done and how to find its one email: its mailbox and a text its subject holds (any of
     * them); {@code id}: the pledge, the convening registered for, or the organisation.
     */
    record Sent(Kind kind, String what, String mailbox, List<String> markers, String id) {
        boolean isMail(Mailbox.Message message) {
            return markers.stream().anyMatch(message.subject()::contains);
        }
    }

    private Traffic() {
    }

    /** English and no category opted out for the callers whose mail is counted (an earlier test may have changed them). */
    static void defaultPreferences() {
        for (String user : List.of("gov-gb", "cso-alice")) {
            Http.Reply reply = Http.call("PUT", LocalStack.GATEWAY + "/api/v1/preferences", Http.token(user),
                    "application/json", "{\"language\": \"en\", \"optedOut\": []}".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, reply.status(), reply.body());
        }
    }

    /** An admin lists an organisation: its (unique) contact gets the directory's email. */
    static Sent organisation(String adminToken) {
        String name = "Fault Test Association " + UUID.randomUUID();
        String contact = "fault-" + UUID.randomUUID() + "@example.org";
        Http.Reply created = Http.postJson(LocalStack.GATEWAY + "/api/v1/organizations", adminToken, """
                {"legalName": "%s", "type": "ngo", "country": "IL", "contactEmail": "%s", "sectors": ["education"]}"""
                .formatted(name, contact));
        assertEquals(201, created.status(), created.body());
        return new Sent(Kind.ORGANISATION, "organisation " + name, contact, List.of(name), created.json().get("id").asText());
    }

    /** gov-gb drafts and submits a pledge of a unique amount: the official gets its receipt. */
    static Sent pledge(String officialToken) {
        String amount = PledgeReceiptIT.uniqueAmount();
        String pledgeId = PledgeReceiptIT.draft(officialToken, amount);
        PledgeReceiptIT.submit(officialToken, pledgeId, null);
        return receipt(pledgeId, amount);
    }

    /** gov-gb's receipt for a pledge of this amount. */
    static Sent receipt(String pledgeId, String amount) {
        return new Sent(Kind.PLEDGE, "pledge of " + amount + " EUR", OFFICIAL, List.of(" " + amount + " EUR"), pledgeId);
    }

    /** The organiser schedules a public event, cso-alice registers (confirmed at once) and gets the confirmation. */
    static Sent registration(String organiserToken, String registrantToken) {
        String title = "Fault convening " + UUID.randomUUID();
        Http.Reply event = Http.postJson(LocalStack.GATEWAY + "/api/v1/events", organiserToken, """
                {"title": "%s", "kind": "convening", "venue": "Jericho", "timeZone": "Asia/Hebron",
                 "startsAt": "2031-03-10T09:00:00", "endsAt": "2031-03-10T17:00:00", "visibility": "public", "capacity": 20}"""
                .formatted(title));
        assertEquals(201, event.status(), event.body());
        String eventId = event.json().get("id").asText();
        Http.Reply registration = Http.postJson(LocalStack.GATEWAY + "/api/v1/events/" + eventId + "/registrations",
                registrantToken, "{\"name\": \"cso-alice\"}");
        assertEquals(201, registration.status(), registration.body());
        // The subject names the event by its title, or by its id while the event's own record is still on its way.
        return new Sent(Kind.REGISTRATION, "registration for " + title, REGISTRANT, List.of(title, eventId), eventId);
    }

    /**
     * The events of these registrations whose "scheduled" webhook did not reach the receiver exactly
     * once (deliveries told apart by webhook-id, the CloudEvent id; "" when each came once).
     */
    static String webhooksNotExactlyOnce(List<Sent> sent, WebhookReceiver receiver, String path) {
        List<String> wrong = new ArrayList<>();
        for (Sent s : sent) {
            if (s.kind() != Kind.REGISTRATION) {
                continue;
            }
            List<String> ids = receiver.at(path).stream()
                    .filter(d -> SCHEDULED.equals(d.event().path("type").asText())
                            && s.id().equals(d.event().path("data").path("eventId").asText()))
                    .map(WebhookReceiver.Delivery::id).toList();
            if (ids.size() != 1) {
                wrong.add(s.what() + ": webhooks " + ids);
            }
        }
        return String.join("; ", wrong);
    }

    /** One pledge, one registration and one organisation, with fresh tokens. */
    static List<Sent> oneOfEach() {
        return List.of(pledge(Http.token("gov-gb")), registration(Http.token("organizer-bob"), Http.token("cso-alice")),
                organisation(Http.token("admin-carol")));
    }

    /** The Message-ID of every email each action has in the capture, one entry per copy (each mailbox read once). */
    static Map<Sent, List<String>> messageIds(List<Sent> sent) {
        Map<String, List<Mailbox.Message>> boxes = new HashMap<>();
        Map<Sent, List<String>> ids = new HashMap<>();
        for (Sent s : sent) {
            List<Mailbox.Message> box = boxes.computeIfAbsent(s.mailbox(), Mailbox::to);
            ids.put(s, box.stream().filter(s::isMail).map(Mailbox.Message::messageId).toList());
        }
        return ids;
    }

    /** Emails received for these actions, copies included. */
    static long copies(List<Sent> sent) {
        return messageIds(sent).values().stream().mapToLong(List::size).sum();
    }

    /**
     * The actions that do not have exactly one email ("" when all have one). {@code resendsAllowed}:
     * copies of the very same message (same Message-ID) that may come on top; a second email for
     * one event (another Message-ID) never may.
     */
    static String notExactlyOnce(List<Sent> sent, int resendsAllowed) {
        List<String> wrong = new ArrayList<>();
        long resent = 0;
        for (Map.Entry<Sent, List<String>> e : messageIds(sent).entrySet()) {
            long distinct = e.getValue().stream().distinct().count();
            resent += e.getValue().size() - distinct;
            if (distinct != 1 || e.getValue().size() - distinct > resendsAllowed) {
                wrong.add(e.getKey().what() + ": " + e.getValue());
            }
        }
        if (resent > resendsAllowed) {
            wrong.add(resent + " copies resent, " + resendsAllowed + " allowed");
        }
        return String.join("; ", wrong);
    }
}
