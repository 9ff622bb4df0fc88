package org.iccsp.gateway.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a rendered form's CSRF field and cookie, as a browser would submit them. */
final class CsrfField {
    private static final Pattern FIELD = Pattern.compile("name=\"(csrf[^\"]*)\" value=\"([^\"]+)\"");

    private CsrfField() {
    }

    /** @return the field's name, its value and the csrf-token cookie */
    static String[] read(Response page) {
        Matcher hidden = FIELD.matcher(page.asString());
        assertTrue(hidden.find(), "the page's forms carry a CSRF token");
        return new String[] {hidden.group(1), hidden.group(2), page.cookie("csrf-token")};
    }
}
