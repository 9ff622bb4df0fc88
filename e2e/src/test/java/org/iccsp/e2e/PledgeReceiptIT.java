package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Pledge submitted → receipt email, on the real stack: France's official (real Keycloak token with
 * its email claim) submits through the gateway, pledge-service publishes, notification-service mails
 * the official alone. A pledge sealed under an embargo sends nothing, before or after its release.
 */
@RealStack
class PledgeReceiptIT {
    private static final String OFFICIAL = "gov-fr@iccsp.test";

    /** Messages in the address's mailbox with this subject. */
    static int mailsWithSubject(String address, String subject) {
        Http.Reply reply = Http.get(LocalStack.MAIL_API + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/");
        if (reply.status() != 200) {
            return 0; // unknown user: nothing received yet
        }
        int count = 0;
        for (JsonNode message : reply.json()) {
            count += subject.equals(message.path("subject").asText()) ? 1 : 0;
        }
        return count;
    }

    static String draft(String token, String amount) {
        Http.Reply created = Http.postJson(LocalStack.GATEWAY + "/api/v1/pledges", token, """
                {"amount": %s, "currency": "EUR", "valueDate": "2026-02-02", "verticals": ["education"],
                 "target": {"kind": "cso-project", "ref": "org-0001/project-1"}, "newMoney": true}""".formatted(amount),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asText();
    }

    static void submit(String token, String pledgeId, String embargoId) {
        String body = embargoId == null ? "{\"action\": \"submit\"}"
                : "{\"action\": \"submit\", \"embargoId\": \"" + embargoId + "\"}";
        Http.Reply submitted = Http.postJson(LocalStack.GATEWAY + "/api/v1/pledges/" + pledgeId + "/transitions",
                token, body);
        assertEquals(200, submitted.status(), submitted.body());
    }

    static String uniqueAmount() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "%d.%02d".formatted(random.nextInt(100_000, 999_999), random.nextInt(1, 100));
    }

    @Test
    void theSubmittingOfficialGetsOneReceiptAndASealedPledgeSendsNothing() {
        String official = Http.token("gov-fr");
        String admin = Http.token("admin-carol");
        String amount = uniqueAmount();
        submit(official, draft(official, amount), null);
        String subject = "Pledge received: " + amount + " EUR";
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> mailsWithSubject(OFFICIAL, subject) >= 1);

        Http.Reply embargo = Http.postJson(LocalStack.GATEWAY + "/api/v1/embargoes", admin,
                "{\"name\": \"e2e-receipts-" + UUID.randomUUID() + "\"}");
        assertEquals(201, embargo.status(), embargo.body());
        String embargoId = embargo.json().get("id").asText();
        String sealedAmount = uniqueAmount();
        submit(official, draft(official, sealedAmount), embargoId);
        String sealedSubject = "Pledge received: " + sealedAmount + " EUR";
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8))
                .until(() -> mailsWithSubject(OFFICIAL, sealedSubject) == 0);

        Http.Reply released = Http.postJson(LocalStack.GATEWAY + "/api/v1/embargoes/" + embargoId + "/release",
                admin, "{}");
        assertEquals(200, released.status(), released.body());
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8))
                .until(() -> mailsWithSubject(OFFICIAL, sealedSubject) == 0);
        assertEquals(1, mailsWithSubject(OFFICIAL, subject), "one receipt for the submitted pledge");
        assertEquals(0, mailsWithSubject(OFFICIAL, sealedSubject), "no receipt for a sealed pledge, even once announced");
    }
}
