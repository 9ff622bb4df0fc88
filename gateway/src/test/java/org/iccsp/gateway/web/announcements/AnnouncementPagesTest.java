package org.iccsp.gateway.web.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.net.URI;
import org.iccsp.gateway.routing.ApiTemplates;
import org.iccsp.gateway.routing.RouteTable;
import org.junit.jupiter.api.Test;

/** The communiqué in the page's language, or in its authoritative language (marked) when it has none in it. */
class AnnouncementPagesTest {
    private static final Map<String, Object> RELEASED = Map.of("id", "announcement-1", "status", "released",
            "authoritativeLanguage", "fr", "releasedAt", "2026-03-01T10:00:00Z",
            "texts", Map.of("fr", Map.of("title", "Le consortium grandit", "body", "Premier paragraphe.\n\nSecond."),
                    "ar", Map.of("title", "الاتحاد يتوسع", "body", "نص")),
            "members", List.of(Map.of("code", "OM", "name", "Oman", "bloc", "Arab League")));

    @Test
    void theAuthoritativeTextIsMarked() {
        AnnouncementPages.Shown shown = AnnouncementPages.shown(RELEASED, "fr");
        assertEquals("Le consortium grandit", shown.title());
        assertTrue(shown.authoritative());
        assertFalse(shown.fallback());
        assertEquals(List.of("Premier paragraphe.", "Second."), shown.paragraphs());
        assertEquals(List.of("fr", "ar"), shown.languages());
    }

    @Test
    void aTranslationIsShownInItsLanguageRightToLeft() {
        AnnouncementPages.Shown shown = AnnouncementPages.shown(RELEASED, "ar");
        assertEquals("الاتحاد يتوسع", shown.title());
        assertFalse(shown.authoritative());
        assertFalse(shown.fallback());
        assertTrue(shown.rtl());
    }

    @Test
    void aMissingLanguageFallsBackToTheAuthoritativeText() {
        AnnouncementPages.Shown shown = AnnouncementPages.shown(RELEASED, "he");
        assertEquals("Le consortium grandit", shown.title());
        assertEquals("fr", shown.shownLanguage());
        assertTrue(shown.fallback());
        assertFalse(shown.rtl());
    }

    @Test
    void theAnnouncementPathsGoToThePledgeServiceUnderTheirTemplates() {
        RouteTable routes = new RouteTable(Map.of("pledges", URI.create("http://pledges"), "directory", URI.create("http://d"),
                "events", URI.create("http://e"), "notifications", URI.create("http://n")));
        for (String path : List.of("/api/v1/announcements", "/api/v1/announcements/a-1/transitions",
                "/api/v1/announcements/triggers/g7-working-session", "/api/v1/feeds/announcements.atom")) {
            assertEquals("pledges", routes.resolve(path).orElseThrow().getKey(), path);
        }
        assertEquals("/api/v1/announcements/{id}", ApiTemplates.of("/api/v1/announcements/announcement-1"));
        assertEquals("/api/v1/announcements/{id}/transitions", ApiTemplates.of("/api/v1/announcements/a-1/transitions"));
        assertEquals("/api/v1/announcements/triggers/{name}", ApiTemplates.of("/api/v1/announcements/triggers/ceasefire"));
        assertEquals("/api/v1/feeds/announcements.atom", ApiTemplates.of("/api/v1/feeds/announcements.atom"));
    }
}
