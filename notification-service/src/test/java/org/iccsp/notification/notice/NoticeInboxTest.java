package org.iccsp.notification.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/** The unread count and mark-all-read of the caller's in-app notices; nobody else's notices move. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class NoticeInboxTest {
    static final String READER = "inbox-reader@example.org";
    static final String OTHER = "inbox-other@example.org";
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

    static UUID notice(String recipient, String channel, OffsetDateTime createdAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.eventSource = "/iccsp/test";
            n.eventId = UUID.randomUUID().toString();
            n.eventType = "org.iccsp.test.thing.happened.v1";
            n.category = "registrations";
            n.channel = channel;
            n.recipient = recipient;
            n.language = "en";
            n.subject = "s";
            n.bodyText = "b";
            n.status = Notification.SENT;
            n.nextAttemptAt = createdAt;
            n.createdAt = createdAt;
            n.persist();
            return n.id;
        });
    }

    static OffsetDateTime readAt(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(id).readAt);
    }

    @Test
    @TestSecurity(user = "inbox-reader", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = READER))
    void theCountFollowsMarkAllReadAndBeforeLimitsItToWhatWasSeen() {
        QuarkusTransaction.requiringNew().run(() -> Notification.delete("recipient in ?1",
                java.util.List.of(READER, OTHER)));
        UUID old = notice(READER, Notification.IN_APP, NOW.minusDays(2));
        UUID older = notice(READER, Notification.IN_APP, NOW.minusDays(3));
        UUID fresh = notice(READER, Notification.IN_APP, NOW.minusMinutes(1));
        UUID email = notice(READER, Notification.EMAIL, NOW.minusDays(2));
        UUID others = notice(OTHER, Notification.IN_APP, NOW.minusDays(2));

        given().when().get("/api/v1/notifications/unread-count").then().statusCode(200).body("unread", equalTo(3));

        // only what the client had seen: up to a day ago
        given().queryParam("before", NOW.minusDays(1).toString())
                .when().post("/api/v1/notifications/mark-all-read").then().statusCode(204);
        given().when().get("/api/v1/notifications/unread-count").then().statusCode(200).body("unread", equalTo(1));
        assertNull(readAt(fresh));
        OffsetDateTime first = readAt(old);
        assertEquals(first, readAt(older));

        // idempotent: again and again, and notices read before keep their reading time
        given().when().post("/api/v1/notifications/mark-all-read").then().statusCode(204);
        given().when().post("/api/v1/notifications/mark-all-read").then().statusCode(204);
        given().when().get("/api/v1/notifications/unread-count").then().statusCode(200).body("unread", equalTo(0));
        assertEquals(first.toInstant(), readAt(old).toInstant());
        given().queryParam("unread", true).when().get("/api/v1/notifications").then().statusCode(200)
                .body("size()", equalTo(0));

        // another channel, another recipient: untouched
        assertNull(readAt(email));
        assertNull(readAt(others));
    }

    @Test
    @TestSecurity(user = "inbox-reader", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = READER))
    void aMalformedBeforeIsA400NamingTheField() {
        given().queryParam("before", "yesterday").when().post("/api/v1/notifications/mark-all-read").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("before"));
    }

    @Test
    void anonymousCallersGet401() {
        given().when().get("/api/v1/notifications/unread-count").then().statusCode(401);
        given().when().post("/api/v1/notifications/mark-all-read").then().statusCode(401);
    }
}
