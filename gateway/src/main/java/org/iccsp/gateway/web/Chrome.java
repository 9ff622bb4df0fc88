package org.iccsp.gateway.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/**
 * What every page's layout needs: the language and writing direction, and who is signed in.
 * Arabic and Hebrew pages are laid out right to left.
 */
@io.quarkus.qute.TemplateData
public record Chrome(String lang, String dir, boolean signedIn, String userName) {
    static final Set<String> LANGUAGES = Set.of("en", "ar", "he", "fr");
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he");

    static String language(String requested, String remembered) {
        if (requested != null && LANGUAGES.contains(requested)) {
            return requested;
        }
        return remembered != null && LANGUAGES.contains(remembered) ? remembered : "en";
    }

    static Chrome of(String lang, SecurityIdentity identity) {
        boolean signedIn = identity != null && !identity.isAnonymous();
        return new Chrome(lang, RIGHT_TO_LEFT.contains(lang) ? "rtl" : "ltr", signedIn,
                signedIn ? identity.getPrincipal().getName() : null);
    }
}
