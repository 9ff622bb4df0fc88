package org.iccsp.pledge.announcement.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iccsp.pledge.announcement.domain.AnnouncementDesk;
import org.iccsp.pledge.announcement.domain.Languages;
import org.iccsp.pledge.announcement.persistence.Announcement;
import org.iccsp.pledge.announcement.persistence.CommuniqueText;
import org.iccsp.platform.web.ProblemException;

/**
 * The Atom feed (RFC 4287) of released announcements, the latest first: the same for every caller, since only
 * released announcements are in it. {@code lang} picks the communiqué's language (the authoritative text when the
 * announcement has none in it). Links are relative to the feed's address: the public pages {@code /announcements/{id}}.
 */
@Path("/api/v1/feeds/announcements.atom")
public class AnnouncementFeedResource {
    public static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 50;
    private static final String EPOCH = "1970-01-01T00:00:00Z";

    private final AnnouncementDesk desk;

    public AnnouncementFeedResource(AnnouncementDesk desk) {
        this.desk = desk;
    }

    @GET
    @Produces(ATOM)
    @APIResponse(responseCode = "200", description = "An Atom feed of the released announcements (at most 50)",
            content = @Content(mediaType = ATOM, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response feed(@QueryParam("lang") String lang) {
        if (lang != null && !Languages.isKnown(lang)) {
            throw ProblemException.invalid("lang", "must be one of en, fr, ar, he");
        }
        String language = lang == null ? "en" : lang;
        List<Announcement> released = desk.released(ENTRIES);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(language).append("\">\n");
        xml.append("  <id>urn:iccsp:announcements</id>\n");
        xml.append("  <title>ICCSP announcements</title>\n");
        xml.append("  <link rel=\"self\" href=\"/api/v1/feeds/announcements.atom")
                .append(lang == null ? "" : "?lang=" + lang).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"/announcements\"/>\n");
        xml.append("  <author><name>International Consortium for Civil Society Peacebuilding</name></author>\n");
        xml.append("  <updated>").append(released.isEmpty() ? EPOCH : time(released.get(0).releasedAt)).append("</updated>\n");
        for (Announcement a : released) {
            String shown = a.texts.containsKey(language) ? language : a.authoritativeLanguage;
            CommuniqueText text = a.texts.get(shown);
            xml.append("  <entry xml:lang=\"").append(shown).append("\">\n");
            xml.append("    <id>urn:iccsp:announcement:").append(escape(a.id)).append("</id>\n");
            xml.append("    <title>").append(escape(text.title)).append("</title>\n");
            xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"/announcements/").append(escape(a.id))
                    .append("?lang=").append(shown).append("\"/>\n");
            xml.append("    <published>").append(time(a.releasedAt)).append("</published>\n");
            xml.append("    <updated>").append(time(a.releasedAt)).append("</updated>\n");
            xml.append("    <content type=\"text\">").append(escape(text.body)).append("</content>\n");
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return Response.ok(xml.toString(), ATOM + ";charset=utf-8").build();
    }

    private static String time(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
