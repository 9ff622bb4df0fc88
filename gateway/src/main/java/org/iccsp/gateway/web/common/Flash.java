package org.iccsp.gateway.web.common;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The message shown once after an action (post, redirect, get): the action's handler adds
 * {@link #say(String)}'s cookie to its redirect, already in the page's language, and the next page's
 * layout ({@code base.html}, {@code inject:flash}) shows it in a status banner; {@link FlashClearing}
 * removes the cookie with that page. The text is only ever rendered escaped, and a cookie set by someone
 * else could at most show a sentence on that person's own screen.
 */
@RequestScoped
@Named("flash")
public class Flash {
    public static final String COOKIE = "iccsp_flash";
    static final int MAX_LENGTH = 600;

    @Inject
    HttpServerRequest request;

    /** The cookie that carries {@code message} to the next page (for one minute, this site only). */
    public static NewCookie say(String message) {
        String text = message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message;
        return new NewCookie.Builder(COOKIE).value(URLEncoder.encode(text, StandardCharsets.UTF_8)).path("/")
                .maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The message the previous action left, or null. */
    public String getMessage() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return null;
        }
        try {
            String text = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
