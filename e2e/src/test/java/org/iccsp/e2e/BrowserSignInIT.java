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
            browser.toSignInPage("/events?lang=ar");
            assertSignInPage(browser, "ar", "rtl", "تسجيل الدخول إلى ICCSP");
            browser.screenshot("keycloak-login-ar");
            browser.submitSignIn("gov-gb");
            assertEquals("/events", browser.path(), "back on the page Sign in was clicked on");
            assertEquals("ar", browser.script("return document.documentElement.lang"));
            assertTrue(browser.present(By.id("signed-in-as")), "signed in");
        }
    }

    @Test
    void fromAHebrewPageOnAPhoneTheSignInPageIsHebrewAndFitsAndTheSearchIsKept() {
        try (Browser browser = Browser.phone()) {
            browser.toSignInPage("/directory?q=water&lang=he");
            assertSignInPage(browser, "he", "rtl", "התחברות ל-ICCSP");
            assertEquals(0, browser.horizontalOverflow(), "Keycloak's page scrolls sideways: " + browser.widestElements());
            browser.screenshot("phone-keycloak-login-he");
            browser.submitSignIn("cso-alice");
            assertEquals("/directory?q=water", browser.path(), "back on the search, with its words");
            assertEquals("he", browser.script("return document.documentElement.lang"));
        }
    }

    @Test
    void fromAFrenchPageTheSignInPageIsFrench() {
        try (Browser browser = Browser.desktop(1366)) {
            browser.toSignInPage("/funding?lang=fr");
            assertSignInPage(browser, "fr", "ltr", "Se connecter à ICCSP");
            browser.submitSignIn("admin-carol");
            assertEquals("/funding", browser.path());
        }
    }

    private static void assertSignInPage(Browser browser, String lang, String dir, String title) {
        assertTrue(browser.url().contains("ui_locales=" + lang) && browser.url().contains("kc_locale=" + lang),
                "the authorization request asks for " + lang + ": " + browser.url());
        assertEquals(lang, browser.script("return document.documentElement.lang"), "Keycloak's page language");
        assertEquals(dir, browser.script("return document.documentElement.dir"), "Keycloak's page direction");
        assertEquals(title, browser.text(By.id("kc-page-title")));
        assertEquals(BRAND, browser.script("return getComputedStyle(document.getElementById('kc-header')).backgroundColor"),
                "the site's brand bar on Keycloak's page (the iccsp login theme)");
        List<String> violations = PageChecks.accessibility(browser);
        assertEquals(List.of(), violations, "axe-core on Keycloak's " + lang + " login page");
        assertEquals(List.of(), PageChecks.developerText(browser, lang), "developer text on Keycloak's " + lang + " login page");
    }
}
