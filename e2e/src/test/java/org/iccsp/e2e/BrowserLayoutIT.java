package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page, as each kind of person sees it, in the four languages, on a 1366 px desktop and a 390 px phone
 * (Chromium's mobile emulation): the design system's stylesheet is applied (Bootstrap's RTL build on Arabic and
 * Hebrew pages), nothing scrolls sideways (the document element's scrollWidth within its clientWidth), and on a
 * phone the header folds into one line with a menu button; axe-core finds no violation; and no developer text
 * shows (PageChecks: field keys, Java types, UUIDs, English on a French, Arabic or Hebrew page). All findings are
 * gathered, then reported together with the page and the text; a screenshot is saved for each page that fails
 * (e2e/target/screenshots/layout-*).
 */
@RealStack
class BrowserLayoutIT {
    private static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");
    private static final int DESKTOP = 1366;
    /** The brand bar's colour (site.css --iccsp-brand): proof that the design system's stylesheets loaded. */
    private static final String BRAND = "rgb(11, 79, 108)";
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();
    /** Tells this run's fixtures apart (not a UUID: a UUID on a page is what the developer-text check looks for). */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);

    @BeforeAll
    static void pagesOfEachPerson() {
        BrowserFixtures.Organisation organisation = BrowserFixtures.organisation(
                "Layout check — Arab-Jewish Community Center of Jaffa " + RUN,
                "المركز الجماهيري العربي اليهودي في يافا", "IL", "Tel Aviv-Yafo",
                "A community centre where Arab and Jewish residents of Jaffa run joint programmes for children, "
                        + "youth and families, with a long description that must wrap on a phone rather than widen the page.",
                "education", "dialogue-and-reconciliation");
        String event = BrowserFixtures.event("Layout check convening " + RUN, "public", "2031-03-10",
                "Opening plenary", "Working group on water", "Working group on youth");
        PAGES.put("", List.of("/", "/directory", "/directory/" + organisation.id(), "/directory/" + organisation.id() + "/projects",
                "/events", "/events/" + event, "/funding", "/funding/pledges", "/data"));
        PAGES.put("gov-gb", List.of("/my/pledges", "/my/pledges/new", "/my/registrations"));
        PAGES.put("admin-carol", List.of("/admin/embargoes", "/admin/verification"));
        PAGES.put("organizer-bob", List.of("/organiser", "/organiser/events/" + event));
    }

    @Test
    void noPageScrollsSidewaysFailsAxeOrShowsDeveloperTextOnAPhoneOrADesktopInAnyLanguage() {
        List<String> findings = new ArrayList<>();
        int checked = 0;
        for (boolean phone : List.of(true, false)) {
            for (Map.Entry<String, List<String>> person : PAGES.entrySet()) {
                try (Browser browser = (phone ? Browser.phone() : Browser.desktop(DESKTOP)).withoutPageChecks()) {
                    if (!person.getKey().isEmpty()) {
                        browser.signIn(person.getKey());
                    }
                    for (String page : person.getValue()) {
                        for (String lang : LANGUAGES) {
                            String where = (phone ? "390 px " : DESKTOP + " px ") + lang + " " + page
                                    + (person.getKey().isEmpty() ? "" : " as " + person.getKey());
                            List<String> wrong = check(browser, page, lang, phone);
                            checked++;
                            if (!wrong.isEmpty()) {
                                findings.add(where + ": " + String.join("; ", wrong));
                                browser.screenshot("layout-" + (phone ? "phone-" : "desktop-") + lang
                                        + page.replaceAll("[^A-Za-z0-9]+", "-"));
                            }
                        }
                    }
                    if (phone && person.getKey().isEmpty()) {
                        browser.open("/funding?lang=ar");
                        browser.screenshot("phone-funding-ar");
                        browser.open("/directory?lang=he");
                        browser.screenshot("phone-directory-he");
                    }
                }
            }
        }
        System.out.printf("BrowserLayoutIT: %d page views checked (pages × languages × 2 widths), %d findings%n",
                checked, findings.size());
        assertTrue(checked >= 100, "checked " + checked);
        assertEquals(List.of(), findings, "pages that overflow, lack the design system, fail axe-core or show developer text");
    }

    private static List<String> check(Browser browser, String page, String lang, boolean phone) {
        browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
        List<String> wrong = new ArrayList<>();
        String expectedDir = lang.equals("ar") || lang.equals("he") ? "rtl" : "ltr";
        Object dir = browser.script("return document.documentElement.dir");
        if (!expectedDir.equals(dir)) {
            wrong.add("dir=" + dir);
        }
        Object css = browser.script("return Array.from(document.styleSheets).map(s => s.href || '').join(' ')");
        if (!String.valueOf(css).contains(expectedDir.equals("rtl") ? "bootstrap.rtl.min.css" : "bootstrap.min.css")) {
            wrong.add("Bootstrap's " + expectedDir + " stylesheet not linked: " + css);
        }
        Object brand = browser.script(
                "const h = document.querySelector('header.site-header'); return h ? getComputedStyle(h).backgroundColor : 'none'");
        if (!BRAND.equals(brand)) {
            wrong.add("the brand bar is not styled (" + brand + ")");
        }
        int overflow = browser.horizontalOverflow();
        if (overflow > 0) {
            wrong.add("scrolls sideways by " + overflow + " px (" + browser.widestElements() + ")");
        }
        if (phone) {
            Number header = (Number) browser.script("return document.querySelector('header.site-header').getBoundingClientRect().height");
            if (header.doubleValue() > 90) {
                wrong.add("the header takes " + header.intValue() + " px of the phone's height");
            }
        }
        PageChecks.accessibility(browser).forEach(violation -> wrong.add("axe-core: " + violation));
        PageChecks.developerText(browser, lang).forEach(text -> wrong.add("developer text: " + text));
        return wrong;
    }
}
