package org.iccsp.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.iccsp.contracts.SealedText;

/** Realistic CloudEvents as events-service and pledge-service publish them (see their JSON schemas). */
public final class Records {
    private Records() {
    }

    public static String envelope(String service, String type, String subject, String data) {
        return envelope(UUID.randomUUID().toString(), service, type, subject, data);
    }

    public static String envelope(String id, String service, String type, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/iccsp/%s","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":%s}""".formatted(id, service, type, subject,
                OffsetDateTime.now(ZoneOffset.UTC), data);
    }

    public static String event(String verb, String eventId, String title, String startsAt, String endsAt) {
        return event(verb, eventId, title, startsAt, endsAt, "members-only", "organizer-1");
    }

    public static String event(String verb, String eventId, String title, String startsAt, String endsAt,
            String visibility, String organizerSubject) {
        return envelope("events-service", "org.iccsp.events.event." + verb + ".v1", eventId, """
                {"eventId":"%s","title":"%s","kind":"convening","venue":"Jerusalem, YMCA","timeZone":"Asia/Jerusalem",
                 "startsAt":"%s","endsAt":"%s","visibility":"%s","capacity":50,"feedsEventId":null,
                 "status":"%s","organizerSubject":%s,"changedBy":"organizer-1"}""".formatted(eventId, title, startsAt,
                endsAt, visibility, verb.equals("cancelled") ? "cancelled" : "scheduled",
                organizerSubject == null ? "null" : "\"" + organizerSubject + "\""));
    }

    public static String registration(String verb, String registrationId, String eventId, String email) {
        return registration(UUID.randomUUID().toString(), verb, registrationId, eventId, email);
    }

    public static String registration(String id, String verb, String registrationId, String eventId, String email) {
        return envelope(id, "events-service", "org.iccsp.events.registration." + verb + ".v1", registrationId, """
                {"registrationId":"%s","eventId":"%s","status":"%s","registrantSubject":"subject-%s",
                 "registrantEmail":"%s","organizationId":null,"governmentCode":"GB","places":2,
                 "waitlistPosition":%s,"offerExpiresAt":%s,"invitationId":null,"changedBy":"organizer-1"}"""
                .formatted(registrationId, eventId, verb, registrationId, email,
                        verb.equals("waitlisted") ? "3" : "null",
                        verb.equals("offered") ? "\"2026-06-01T12:00:00Z\"" : "null"));
    }

    /** The key of the test profile's {@code iccsp.messaging.sealing-keys} (events-service seals with the same). */
    public static final byte[] SEALING_KEY = Base64.getDecoder().decode("VtKhaXBdhUoFEahQleuyVSi1S4+TxX1CzfaRrgYdejQ=");

    /** An invitation whose token is sealed as events-service seals it (test key, bound to the invitation id). */
    public static String invitation(String invitationId, String eventId, String title, String email, String token) {
        SealedText sealed = SealedText.seal("test", SEALING_KEY, token, invitationId);
        return invitationWithToken(invitationId, eventId, title, email,
                "{\"keyId\":\"%s\",\"ciphertext\":\"%s\"}".formatted(sealed.keyId(), sealed.ciphertext()));
    }

    /** An invitation whose {@code token} is this JSON value as it is. */
    public static String invitationWithToken(String invitationId, String eventId, String title, String email, String tokenJson) {
        return envelope("events-service", "org.iccsp.events.invitation.sent.v1", invitationId, """
                {"invitationId":"%s","eventId":"%s","eventTitle":"%s","email":"%s","token":%s,
                 "expiresAt":"2026-06-01T12:00:00Z","invitedBy":"organizer-1"}"""
                .formatted(invitationId, eventId, title, email, tokenJson));
    }

    public static String pledge(String verb, String pledgeId) {
        return envelope("pledge-service", "org.iccsp.pledges.pledge." + verb + ".v1", pledgeId, """
                {"pledgeId":"%s","memberCode":"GB","amount":"1000000.00","currency":"USD","valueDate":"2026-01-15",
                 "verticals":["education"],"targetKind":"fund","targetRef":"iccsp-fund","eventId":null,
                 "newMoney":true,"jointLabel":null,"shares":null,"embargoId":null,
                 "announcedAt":"2026-01-15T10:00:00Z","submittedBy":"gov-gb"}""".formatted(pledgeId));
    }

    /** A submission as pledge-service publishes it (never for a sealed pledge). */
    public static String submitted(String pledgeId, String submitterEmail) {
        return envelope("pledge-service", "org.iccsp.pledges.pledge.submitted.v1", pledgeId, """
                {"pledgeId":"%s","memberCode":"FR","amount":"250000.00","currency":"EUR","valueDate":"2026-02-01",
                 "verticals":["education"],"targetKind":"cso-project","targetRef":"<proj-7>","eventId":null,
                 "newMoney":true,"jointLabel":null,"shares":null,"submittedBy":"gov-pierre","submitterEmail":%s}"""
                .formatted(pledgeId, submitterEmail == null ? "null" : "\"" + submitterEmail + "\""));
    }

    public static String embargoReleased(String embargoId) {
        return envelope("pledge-service", "org.iccsp.pledges.embargo.released.v1", embargoId, """
                {"embargoId":"%s","name":"Donor conference","releasedAt":"2026-01-15T10:00:00Z",
                 "releasedBy":"embargo-clock","pledgeCount":2}""".formatted(embargoId));
    }
}
