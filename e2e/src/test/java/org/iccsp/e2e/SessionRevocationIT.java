package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.iccsp.platform.testing.TopicProbe;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;

/**
 * A copy of a signed-in person's session cookie stops working on the gateway once the session ends, whichever way
 * it ends: the person signs out (POST /logout), an administrator deletes the session at Keycloak, or signs the user
 * out everywhere (both reach the gateway as Keycloak's back-channel logout). Signing in goes through the real
 * Keycloak login page (headless Chromium); the copy is replayed by a plain HTTP client, as an attacker would.
 * The stack runs one gateway: that every replica refuses the copy is RevocationFeedTest's (gateway module).
 */
@RealStack
class SessionRevocationIT {
    private static final String PAGE = "/my/registrations";
    private static final String USER = "cso-bashir";

    /** Signs in, checks the copied cookies serve the page, ends the session with {@code end}, then replays them. */
    private static void copiedCookiesStopWorkingAfter(String name, Consumer<Browser> end) {
        try (Browser browser = Browser.start()) {
            browser.signIn(USER);
            String copied = browser.sessionCookies();
            Http.Reply before = replay(copied);
            assertEquals(200, before.status(), name + ": the copied cookies serve the signed-in page first: " + before);
            assertTrue(before.body().contains(USER), name + ": the page names " + USER);

            end.accept(browser);

            await(name + ": the copied session refused").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                    .until(() -> replay(copied).status() != 200);
            Http.Reply after = replay(copied);
            assertNotEquals(200, after.status(), name + ": " + after);
            assertFalse(after.body().contains(USER), name + ": nothing of the person's page after the session ended");
            assertTrue(after.status() == 302 || after.status() == 401, name + ": sent to sign in again: " + after);
        }
    }

    private static Http.Reply replay(String cookies) {
        return Http.call("GET", LocalStack.GATEWAY + PAGE, null, null, null, "Cookie", cookies, "Accept", "text/html");
    }

    @Test
    void aSignedOutSessionsSavedCookieIsNotServed() {
        copiedCookiesStopWorkingAfter("sign-out", browser -> browser.open("/logout").click(By.id("sign-out-confirm")));
    }

    @Test
    void aSessionDeletedAtKeycloakIsEndedByTheBackChannelLogout() {
        copiedCookiesStopWorkingAfter("session deleted", browser -> {
            String admin = adminToken();
            JsonNode sessions = admin(admin, "GET", "/users/" + userId(admin) + "/sessions").json();
            assertTrue(sessions.size() >= 1, "the user's Keycloak sessions: " + sessions);
            for (JsonNode session : sessions) {
                assertEquals(204, admin(admin, "DELETE", "/sessions/" + session.get("id").asText()).status());
            }
            assertAnnouncedToEveryReplica(sessions);
        });
    }

    @Test
    void aUserSignedOutByAnAdministratorIsEndedByTheBackChannelLogout() {
        copiedCookiesStopWorkingAfter("user signed out", browser -> {
            String admin = adminToken();
            String user = userId(admin);
            JsonNode sessions = admin(admin, "GET", "/users/" + user + "/sessions").json();
            assertEquals(204, admin(admin, "POST", "/users/" + user + "/logout").status());
            assertAnnouncedToEveryReplica(sessions);
        });
    }

    /**
     * The gateway told its replicas (topic gateway.sessions) of each ended Keycloak session: a record keyed by the
     * SHA-256 of {@code sid:<session id>}, the session id itself nowhere on the topic.
     */
    private static void assertAnnouncedToEveryReplica(JsonNode sessions) {
        for (JsonNode session : sessions) {
            String sid = session.get("id").asText();
            String hash = sha256("sid:" + sid);
            assertEquals(1, new TopicProbe(LocalStack.KAFKA).await("gateway.sessions", r -> hash.equals(r.key()), 1,
                    Duration.ofSeconds(20)).size(), "the back-channel logout of " + sid + " on gateway.sessions");
            assertTrue(new TopicProbe(LocalStack.KAFKA).await("gateway.sessions", r -> r.value().contains(sid),
                    Integer.MAX_VALUE, Duration.ofSeconds(2)).isEmpty(), "only hashes on the topic");
        }
    }

    private static String sha256(String value) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aForgedLogoutTokenEndsNothing() {
        try (Browser browser = Browser.start()) {
            browser.signIn(USER);
            String copied = browser.sessionCookies();
            // a logout token that no realm key signed (alg none), naming every session id a forger might guess
            String forged = b64("{\"alg\":\"none\",\"typ\":\"logout+jwt\"}") + "." + b64("{\"iss\":\"" + LocalStack.KEYCLOAK
                    + "/realms/iccsp\",\"aud\":\"iccsp-web\",\"sub\":\"x\",\"sid\":\"x\",\"events\":"
                    + "{\"http://schemas.openid.net/event/backchannel-logout\":{}}}") + ".";
            Http.Reply refused = Http.call("POST", LocalStack.GATEWAY + "/back-channel-logout", null,
                    "application/x-www-form-urlencoded", ("logout_token=" + forged).getBytes(StandardCharsets.UTF_8));
            assertEquals(400, refused.status(), "a forged logout token is refused: " + refused);
            assertEquals(200, replay(copied).status(), "and the session goes on");
        }
    }

    private static String b64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String adminToken() {
        Http.Reply reply = Http.call("POST", LocalStack.KEYCLOAK + "/realms/master/protocol/openid-connect/token", null,
                "application/x-www-form-urlencoded",
                "grant_type=password&client_id=admin-cli&username=admin&password=admin".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), "Keycloak's admin token: " + reply);
        return reply.json().get("access_token").asText();
    }

    private static String userId(String admin) {
        JsonNode users = admin(admin, "GET", "/users?exact=true&username=" + URLEncoder.encode(USER, StandardCharsets.UTF_8)).json();
        assertEquals(1, users.size(), "one " + USER + ": " + users);
        return users.get(0).get("id").asText();
    }

    private static Http.Reply admin(String token, String method, String path) {
        return Http.call(method, LocalStack.KEYCLOAK + "/admin/realms/iccsp" + path, token, null, null);
    }
}
