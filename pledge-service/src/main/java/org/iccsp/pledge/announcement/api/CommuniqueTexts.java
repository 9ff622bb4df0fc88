package org.iccsp.pledge.announcement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iccsp.pledge.announcement.domain.AnnouncementCommands;
import org.iccsp.pledge.announcement.persistence.CommuniqueText;

/** The communiqué in up to four languages (one of them authoritative); an absent language is not given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommuniqueTexts(@Valid Text en, @Valid Text fr, @Valid Text ar, @Valid Text he) {

    /** The communiqué in one language. */
    public record Text(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20000) String body) {
    }

    Map<String, AnnouncementCommands.Text> toCommand() {
        Map<String, AnnouncementCommands.Text> texts = new LinkedHashMap<>();
        put(texts, "en", en);
        put(texts, "fr", fr);
        put(texts, "ar", ar);
        put(texts, "he", he);
        return texts;
    }

    private static void put(Map<String, AnnouncementCommands.Text> texts, String language, Text text) {
        if (text != null) {
            texts.put(language, new AnnouncementCommands.Text(text.title(), text.body()));
        }
    }

    static CommuniqueTexts of(Map<String, CommuniqueText> texts) {
        return new CommuniqueTexts(text(texts.get("en")), text(texts.get("fr")), text(texts.get("ar")),
                text(texts.get("he")));
    }

    private static Text text(CommuniqueText t) {
        return t == null ? null : new Text(t.title, t.body);
    }
}
