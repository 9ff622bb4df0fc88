package org.iccsp.gateway.web.announcements;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Pages;

/**
 * The public announcement pages: the released announcements, and one announcement with its communiqué in the page's
 * language (the authoritative text, marked as such, when it has none in that language), the members that joined,
 * the pledges it announced with their totals and each joint pledge's partners. An announcement not released is not
 * shown here to anyone (404, like an unknown one), whatever the reader may know of it through the API.
 */
@Path("/announcements")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class AnnouncementPages {
    static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,100}");

    private final AnnouncementClient announcements;
    private final Pages pages;
    private final Template list;
    private final Template announcement;

    public AnnouncementPages(@RestClient AnnouncementClient announcements, Pages pages,
            @Location("announcements/list.html") Template list,
            @Location("announcements/announcement.html") Template announcement) {
        this.announcements = announcements;
        this.pages = pages;
        this.list = list;
        this.announcement = announcement;
    }

    /** An announcement as the page shows it: the communiqué in {@code shownLanguage}, its parts. */
    public record Shown(String id, String title, String body, String shownLanguage, String authoritativeLanguage,
            boolean authoritative, boolean fallback, String releasedAt, List<Map<String, Object>> members,
            List<Map<String, Object>> pledges, List<Map<String, Object>> totals, List<String> languages) {
        /** The communiqué's paragraphs (blank lines separate them). */
        public List<String> paragraphs() {
            return java.util.Arrays.stream(body.split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }

        public boolean rtl() {
            return "ar".equals(shownLanguage) || "he".equals(shownLanguage);
        }
    }

    @GET
    public Response list() {
        String lang = pages.lang();
        List<Shown> released = new ArrayList<>();
        for (Map<String, Object> a : announcements.list(100)) {
            if ("released".equals(a.get("status"))) {
                released.add(shown(a, lang));
            }
        }
        return pages.render(list.data("announcements", released));
    }

    @GET
    @Path("{id}")
    public Response announcement(@PathParam("id") String id) {
        if (!ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        Map<String, Object> a = announcements.get(id);
        if (!"released".equals(a.get("status"))) {
            throw new NotFoundException(); // not public yet: this page does not exist
        }
        return pages.render(announcement.data("a", shown(a, pages.lang())));
    }

    @SuppressWarnings("unchecked")
    static Shown shown(Map<String, Object> a, String lang) {
        Map<String, Object> texts = (Map<String, Object>) a.getOrDefault("texts", Map.of());
        String authoritative = (String) a.get("authoritativeLanguage");
        boolean has = texts.get(lang) != null;
        String language = has ? lang : authoritative;
        Map<String, Object> text = (Map<String, Object>) texts.getOrDefault(language, Map.of());
        List<String> languages = LANGUAGES.stream().filter(l -> texts.get(l) != null).toList();
        return new Shown((String) a.get("id"), (String) text.getOrDefault("title", ""),
                (String) text.getOrDefault("body", ""), language, authoritative, language.equals(authoritative), !has,
                (String) a.get("releasedAt"), (List<Map<String, Object>>) a.getOrDefault("members", List.of()),
                (List<Map<String, Object>>) a.getOrDefault("pledges", List.of()),
                (List<Map<String, Object>>) a.getOrDefault("totals", List.of()), languages);
    }
}
