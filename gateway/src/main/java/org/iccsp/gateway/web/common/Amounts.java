package org.iccsp.gateway.web.common;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts typed the way the page writes them, made plain for the services: {@code 1,000,000} and
 * {@code 1,000,000.50} in English, {@code 1 000 000,50} or {@code 1.000.000,50} in French, Arabic-Indic
 * digits ({@code ١٬٠٠٠٬٠٠٠٫٥}) in Arabic, are all {@code 1000000.50}. Whatever is not an amount is
 * sent as typed, and the service's refusal names the field.
 */
public final class Amounts {
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Amounts() {
    }

    public static String plain(String typed, String lang) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        typed = typed.strip();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                kept.append((char) ('0' + digit));
            } else if (c == '.' || c == ',') {
                kept.append(c);
            } else if (c == '\u066B') { // Arabic decimal separator
                kept.append('D');
            } else if (c == '\u066C' || c == '\u060C' || c == '\'' || c == '\u2019' || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)) {
                kept.append('G'); // a grouping mark
            } else if ((c == '-' || c == '\u2212') && kept.isEmpty()) {
                kept.append('-');
            } else {
                return typed; // not an amount: the service says so
            }
        }
        String s = kept.toString();
        char decimal;
        char group;
        if (s.contains("D")) {
            decimal = 'D';
            group = 'G';
            s = s.replace('.', 'G').replace(',', 'G');
        } else {
            decimal = "fr".equals(lang) ? ',' : '.';
            group = decimal == ',' ? '.' : ',';
            int marks = s.length() - s.replace(String.valueOf(group), "").length();
            if (s.indexOf(decimal) < 0 && marks == 1 && s.length() - s.indexOf(group) - 1 != 3) {
                // one mark of the other kind not followed by a group of three digits: a decimal mark
                s = s.replace(group, decimal);
            }
            s = s.replace(group, 'G');
        }
        int point = s.indexOf(decimal);
        String whole = point < 0 ? s : s.substring(0, point);
        String fraction = point < 0 ? "" : "." + s.substring(point + 1);
        String[] groups = whole.split("G", -1);
        for (int i = 1; i < groups.length; i++) { // grouped: 1 to 3 digits, then groups of exactly three
            if (groups[i].length() != 3 || groups[0].replace("-", "").isEmpty() || groups[0].replace("-", "").length() > 3) {
                return typed;
            }
        }
        s = String.join("", groups) + fraction;
        return PLAIN.matcher(s).matches() ? s : typed;
    }

    public static String plain(String typed, Locale locale) {
        return plain(typed, locale.getLanguage());
    }
}
