package org.iccsp.gateway.web.common;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/**
 * What every page's layout needs: the language and writing direction, who is signed in and which
 * desks their roles open (only to choose the links shown: the services still decide what they may do).
 * Arabic and Hebrew pages are laid out right to left.
 */
@io.quarkus.qute.TemplateData
public record Chrome(String lang, String dir, boolean signedIn, String userName, boolean government, boolean cso,
        boolean organiser, boolean admin, String langLink) {
    public static final Set<String> LANGUAGES = Set.of("en", "ar", "he", "fr");
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he");

    public static String language(String requested, String remembered) {
        if (requested != null && LANGUAGES.contains(requested)) {
            return requested;
        }
        return remembered != null && LANGUAGES.contains(remembered) ? remembered : "en";
    }

    /** {@code langLink} + a language code is the link to this page in that language. */
    public static Chrome of(String lang, SecurityIdentity identity, String langLink) {
        boolean signedIn = identity != null && !identity.isAnonymous();
        return new Chrome(lang, RIGHT_TO_LEFT.contains(lang) ? "rtl" : "ltr", signedIn,
                signedIn ? identity.getPrincipal().getName() : null,
                signedIn && identity.hasRole("government"), signedIn && identity.hasRole("cso"),
                signedIn && identity.hasRole("organizer"), signedIn && identity.hasRole("admin"), langLink);
    }

    /** "Sign in" from this page: back here afterwards (the page's address without its {@code lang=}). */
    public String signInLink() {
        if (langLink == null || !langLink.startsWith("/")) { // a form's answer: its address shows the form again
            return "/login";
        }
        String here = langLink.substring(0, langLink.length() - "lang=".length());
        return ReturnPath.signInLink(here.endsWith("?") || here.endsWith("&") ? here.substring(0, here.length() - 1) : here);
    }

    /** Organisers and admins run events. */
    public boolean runsEvents() {
        return organiser || admin;
    }
}
