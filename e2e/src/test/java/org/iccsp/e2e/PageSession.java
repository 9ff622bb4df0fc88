package org.iccsp.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: an HTTP client that keeps cookies per origin (host and port, so
 * Keycloak's cookies and the gateway's stay apart as each server set them) and signs a dev user in
 * the way {@link Browser#signIn} does: "/login" on the gateway, Keycloak's login form (its action
 * URL, username and password), the code back to the gateway, which sets the {@code q_session}
 * cookie. Redirects are not followed by {@link #get}/{@link #post} (a test sees the 302 to the sign-in
 * page), only during the sign-in. The page language is the gateway's {@code lang} cookie.
 */
final class PageSession {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"(csrf-token|csrf-session)\" value=\"([^\"]*)\"");
    /** What a browser asks for: pages first, anything else too (downloads such as the calendar entry). */
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Map<Callers, PageSession> SIGNED_IN = new ConcurrentHashMap<>();

    /** origin ("localhost:18080") → cookie name → value */
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();
    final Callers caller;

    private PageSession(Callers caller) {
        this.caller = caller;
    }

    /** Nobody signed in: a fresh cookie jar. */
    static PageSession anonymous() {
        return new PageSession(Callers.ANONYMOUS);
    }

    /** One signed-in session per dev user and test JVM (anonymous: a fresh jar each time). */
    static PageSession of(Callers who) {
        if (who == Callers.ANONYMOUS) {
            return anonymous();
        }
        // a cached session may have been ended meanwhile (SessionRevocationIT logs cso-bashir out everywhere)
        PageSession cached = SIGNED_IN.get(who);
        if (cached != null && cached.stillSignedIn()) {
            return cached;
        }
        PageSession fresh = signIn(who);
        SIGNED_IN.put(who, fresh);
        return fresh;
    }

    /** Whether the gateway still knows this session: its start page names the person signed in. */
    private boolean stillSignedIn() {
        Http.Reply home = get("/");
        return home.status() == 200 && home.body().contains("id=\"signed-in-as\"");
    }

    /** A session of its own (for what ends it, such as signing out). */
    static PageSession signIn(Callers who) {
        PageSession session = new PageSession(who);
        Http.Reply start = session.get("/login");
        String location = header(start, "location");
        if (start.status() != 302 || location == null || !location.startsWith(LocalStack.KEYCLOAK)) {
            throw new AssertionError("/login did not send " + who.user + " to Keycloak: " + start.status() + " " + location);
        }
        Http.Reply login = session.send("GET", location, null);
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (login.status() != 200 || !form.find()) {
            throw new AssertionError("no Keycloak login form for " + who.user + ": " + login.status());
        }
        String action = form.group(1).replace("&amp;", "&");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", who.user);
        fields.put("password", who.user + "-pw");
        fields.put("credentialId", "");
        Http.Reply answer = session.send("POST", action, encode(fields));
        // Keycloak sends the code to the gateway, which sets q_session and sends the browser on to "/"
        for (int hops = 0; answer.status() / 100 == 3 && hops < 5; hops++) {
            answer = session.send("GET", URI.create(action).resolve(header(answer, "location")).toString(), null);
        }
        if (answer.status() != 200 || !answer.body().contains("id=\"signed-in-as\"") || !answer.body().contains(who.user)) {
            throw new AssertionError("the sign-in of " + who.user + " did not end on the gateway's page, signed in: "
                    + answer.status() + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return session;
    }

    /** Pages in this language from now on (the gateway's lang cookie, as its language links set it). */
    PageSession lang(String language) {
        jar(LocalStack.GATEWAY).put("lang", language);
        return this;
    }

    Http.Reply get(String path) {
        return send("GET", LocalStack.GATEWAY + path, null);
    }

    /** A form post (application/x-www-form-urlencoded), as the browser sends it. */
    Http.Reply post(String path, Map<String, String> form) {
        return send("POST", LocalStack.GATEWAY + path, encode(form));
    }

    /**
     * The CSRF fields of this session (the {@code csrf-token} double-submit token and the
     * session-bound {@code csrf-session}), read from the sign-out confirmation form, which every
     * session can open; the csrf-token cookie it sets stays in the jar. Anonymous: whatever the form carries.
     */
    Map<String, String> csrf() {
        Http.Reply page = get("/logout");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page.body());
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        if (caller != Callers.ANONYMOUS && (!fields.containsKey("csrf-token") || !fields.containsKey("csrf-session"))) {
            throw new AssertionError("no CSRF fields on /logout as " + caller.column + ": " + page.status());
        }
        return fields;
    }

    private Http.Reply send(String method, String url, String form) {
        URI uri = URI.create(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", ACCEPT)
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        Map<String, String> jar = jar(url);
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpRequest built = request.build();
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 429 && attempt < 20) { // the gateway's rate limit: wait as told
                    long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Duration.ofSeconds(Math.min(Math.max(wait, 1), 5)));
                    continue;
                }
                keep(jar, response.headers().allValues("set-cookie"));
                return new Http.Reply(response.statusCode(), response.body(), response.headers().map());
            }
        } catch (IOException e) {
            throw new AssertionError(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Map<String, String> jar(String url) {
        URI uri = URI.create(url);
        return cookies.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), k -> new ConcurrentHashMap<>());
    }

    /** Set-Cookie: a value replaces the old one, Max-Age=0 (or an empty value) removes it. */
    private static void keep(Map<String, String> jar, List<String> setCookies) {
        for (String setCookie : setCookies) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            boolean removed = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
                if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970") || attribute.startsWith("expires=thu, 01-jan-1970")) {
                    removed = true;
                }
            }
            if (removed) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
    }

    static String header(Http.Reply reply, String name) {
        return reply.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
