package org.iccsp.notification.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.preference.persistence.RecipientPreference;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/** The in-app notices a page at a time (unread filter kept across pages); ETag and If-Match on preferences. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class NoticePagingAndPreferenceTagsTest {
    static final String READER = "paging-reader@example.org";
    static final String PREFS = "prefs-etag@example.org";
    static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    static String next(Response r) {
        String link = r.header("Link");
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        assertTrue(m.find(), link);
        return m.group(1);
    }

    @Test
    @TestSecurity(user = "paging-reader", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = READER))
    void noticesComeAPageAtATimeNoneRepeatedOrMissed() {
        QuarkusTransaction.requiringNew().run(() -> Notification.delete("recipient", READER));
        OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(NoticeInboxTest.notice(READER, Notification.IN_APP, t.minusMinutes(i / 2))); // pairs share a time
        }
        UUID read = ids.get(3);
        QuarkusTransaction.requiringNew().run(() -> Notification.update("readAt = ?1 where id = ?2",
                OffsetDateTime.now(ZoneOffset.UTC), read));
        Set<String> expected = new HashSet<>();
        ids.stream().filter(id -> !id.equals(read)).forEach(id -> expected.add(id.toString()));
        NoticeInboxTest.notice(READER, Notification.EMAIL, t); // an email is not an in-app notice

        List<String> seen = new ArrayList<>();
        String next = "/api/v1/notifications?unread=true&limit=4";
        int pages = 0;
        while (next != null) {
            Response page = given().when().get(next).then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("id"));
            next = next(page);
            if (pages++ == 0) {
                NoticeInboxTest.notice(READER, Notification.IN_APP, t.plusMinutes(30)); // newer: no later page
                assertTrue(next.contains("unread=true"), "the filter is kept: " + next);
            }
        }
        assertEquals(2, pages);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "none twice: " + seen);
        assertEquals(expected.size(), seen.size(), seen.toString());
        assertEquals(expected, new HashSet<>(seen));

        Response all = given().queryParam("limit", 500).when().get("/api/v1/notifications").then().statusCode(200)
                .extract().response();
        assertNull(all.header("Link"));
        assertEquals(8, all.jsonPath().getList("id").size(), "7 and the newer one, read or not");
        given().when().get("/api/v1/notifications/unread-count").then().statusCode(200).body("unread", equalTo(7));
        given().queryParam("cursor", "bm9wZQ").when().get("/api/v1/notifications").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", 0).when().get("/api/v1/notifications").then().statusCode(400);
        given().queryParam("limit", 501).when().get("/api/v1/notifications").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "prefs-etag", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = PREFS))
    void preferencesCarryAnETagAndAStaleIfMatchChangesNothing() {
        String tag = given().when().get("/api/v1/preferences").then().statusCode(200).extract().header("ETag");
        assertTrue(tag != null && tag.matches("\"v\\d+\""), tag);
        String french = "{\"language\":\"fr\",\"optedOut\":[\"directory\"]}";
        String newTag = given().contentType(ContentType.JSON).body(french).header("If-Match", tag)
                .when().put("/api/v1/preferences").then().statusCode(200).body("language", equalTo("fr"))
                .extract().header("ETag");
        assertNotEquals(tag, newTag);
        given().contentType(ContentType.JSON).body("{\"language\":\"he\",\"optedOut\":[]}").header("If-Match", tag)
                .when().put("/api/v1/preferences").then().statusCode(412).body("errors[0].field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).body("{\"language\":\"he\",\"optedOut\":[]}").header("If-Match", "\"nonsense\"")
                .when().put("/api/v1/preferences").then().statusCode(412);
        given().when().get("/api/v1/preferences").then().statusCode(200).header("ETag", newTag)
                .body("language", equalTo("fr")).body("optedOut", contains("directory"));

        // an unsubscribe through the e-mailed link is a change too: a form read before it is stale
        String token = QuarkusTransaction.requiringNew().call(() -> RecipientPreference.of(PREFS).unsubscribeToken);
        given().accept(ContentType.JSON).queryParam("token", token).queryParam("category", "invitations")
                .when().post("/api/v1/preferences/unsubscribe").then().statusCode(200);
        given().contentType(ContentType.JSON).body(french).header("If-Match", newTag)
                .when().put("/api/v1/preferences").then().statusCode(412);
        given().when().get("/api/v1/preferences").then().body("optedOut", contains("directory", "invitations"));
        // optional: without If-Match the update goes through
        given().contentType(ContentType.JSON).body(french).when().put("/api/v1/preferences").then().statusCode(200)
                .body("optedOut", contains("directory"));
    }
}
