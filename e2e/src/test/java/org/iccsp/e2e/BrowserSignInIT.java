package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;

/**
 * "Sign in" from a page in another language (issue 18, docs/adr/0012): Keycloak's login page comes in the page's
 * language and direction, in the site's look (the iccsp login theme: the brand bar's colour), with no axe-core
 * violation and no horizontal scroll on a phone; after signing in the person is back on the page they left, in
 * its language.
 */
@RealStack
class BrowserSignInIT {
    /** The brand bar's colour (site.css --iccsp-brand, the theme's iccsp.css). */
    private static final String BRAND = "rgb(11, 79, 108)";

    @Test
    void fromAnArabicPageTheSignInPageIsArabicRightToLeftAndSigningInComesBackToThePage() {
        try (Browser browser = Browser.desktop(1366)) {
            signInFrom(browser, "/events?lang=ar", "ar", "rtl", "تسجيل الدخول إلى ICCSP", "gov-gb", "keycloak-login-ar");
            assertEquals("/events", browser.path(), "back on the page Sign in was clicked on");
            assertTrue(browser.present(By.id("signed-in-as")), "signed in");
        }
    }

    @Test
    void fromAHebrewPageOnAPhoneTheSignInPageIsHebrewAndFitsAndTheSearchIsKept() {
        try (Browser browser = Browser.phone()) {
            signInFrom(browser, "/directory?q=water&lang=he", "he", "rtl", "התחברות ל-ICCSP", "cso-alice",
                    "phone-keycloak-login-he");
            assertEquals("/directory?q=water", browser.path(), "back on the search, with its words");
        }
    }

    @Test
    void fromAFrenchPageTheSignInPageIsFrench() {
        try (Browser browser = Browser.desktop(1366)) {
            signInFrom(browser, "/funding?lang=fr", "fr", "ltr", "Se connecter à ICCSP", "admin-carol", "keycloak-login-fr");
            assertEquals("/funding", browser.path());
        }
    }

    /** "Sign in" on {@code page}, Keycloak's page checked and pictured, signed in: back on the gateway, in {@code lang}. */
    private static void signInFrom(Browser browser, String page, String lang, String dir, String title, String user,
            String screenshot) {
        browser.toSignInPage(page);
        assertSignInPage(browser, lang, dir, title);
        browser.screenshot(screenshot);
        browser.submitSignIn(user);
        assertEquals(lang, browser.script("return document.documentElement.lang"), "the page's language after signing in");
    }

    private static void assertSignInPage(Browser browser, String lang, String dir, String title) {
        assertTrue(browser.url().contains("ui_locales=" + lang) && browser.url().contains("kc_locale=" + lang),
                "the authorization request asks for " + lang + ": " + browser.url());
        assertEquals(lang, browser.script("return document.documentElement.lang"), "Keycloak's page language");
        assertEquals(dir, browser.script("return document.documentElement.dir"), "Keycloak's page direction");
        assertEquals(title, browser.text(By.id("kc-page-title")));
        assertEquals(0, browser.horizontalOverflow(), "Keycloak's page scrolls sideways: " + browser.widestElements());
        assertEquals(BRAND, browser.script("return getComputedStyle(document.getElementById('kc-header')).backgroundColor"),
                "the site's brand bar on Keycloak's page (the iccsp login theme)");
        List<String> violations = PageChecks.accessibility(browser);
        assertEquals(List.of(), violations, "axe-core on Keycloak's " + lang + " login page");
        assertEquals(List.of(), PageChecks.developerText(browser, lang), "developer text on Keycloak's " + lang + " login page");
    }
}
