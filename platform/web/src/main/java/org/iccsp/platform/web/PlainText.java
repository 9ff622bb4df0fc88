package org.iccsp.platform.web;

/**
 * What text the platform accepts from outside: no control characters except tab, line feed and
 * carriage return. NUL in particular cannot be stored by PostgreSQL (it would surface as a 500),
 * and the others have no business in names, descriptions or parameters.
 */
public final class PlainText {
    public static final String MESSAGE = "must not contain control characters (U+0000 to U+001F other than tab and line breaks, or U+007F)";

    private PlainText() {
    }

    public static boolean isAcceptable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
