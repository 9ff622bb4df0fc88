package org.iccsp.directory.organization.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Country or territory codes: ISO 3166-1 alpha-2 (including {@code PS} for Palestine), optionally
 * with an ISO 3166-2 subdivision such as {@code PS-GZA}.
 */
public final class Territory {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    private Territory() {
    }

    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches() && ISO_COUNTRIES.contains(code.substring(0, 2));
    }
}
