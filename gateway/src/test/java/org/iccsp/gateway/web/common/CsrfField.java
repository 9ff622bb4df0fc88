package org.iccsp.gateway.web.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a rendered form's CSRF fields and cookie, as a browser would submit them. */
public final class CsrfField {
    private static final Pattern FIELD = Pattern.compile("name=\"(csrf-token)\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("name=\"csrf-session\" value=\"([^\"]+)\"");

    private CsrfField() {
    }

    /** @return the field's name, its value, the csrf-token cookie and the form's session binding */
    public static String[] read(Response page) {
        Matcher hidden = FIELD.matcher(page.asString());
        assertTrue(hidden.find(), "the page's forms carry a CSRF token");
        Matcher session = SESSION.matcher(page.asString());
        assertTrue(session.find(), "the page's forms are bound to the session");
        return new String[] {hidden.group(1), hidden.group(2), page.cookie("csrf-token"), session.group(1)};
    }

    /** The form fields {@link #read} found. */
    public static Map<String, String> fields(String[] read) {
        return Map.of(read[0], read[1], "csrf-session", read[3]);
    }
}
