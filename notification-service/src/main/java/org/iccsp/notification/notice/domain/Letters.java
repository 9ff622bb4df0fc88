package org.iccsp.notification.notice.domain;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.notification.preference.persistence.RecipientPreference;
import org.iccsp.platform.messaging.CloudEvent;

/**
 * Writes a notice to a person in their language: always an in-app notice, and an email unless
 * they opted out of the category (critical categories ignore opt-outs and carry no unsubscribe link).
 */
@ApplicationScoped
public class Letters {
    private final Notices notices;
    private final Phrases phrases;
    private final Template html;
    private final Template text;
    private final String publicUrl;

    public Letters(Notices notices, Phrases phrases, @Location("email/notice.html") Template html,
            @Location("email/notice.txt") Template text,
            @ConfigProperty(name = "iccsp.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.notices = notices;
        this.phrases = phrases;
        this.html = html;
        this.text = text;
        this.publicUrl = publicUrl;
    }

    /** What to say: a phrase kind, its values, extra paragraphs, an optional link and calendar object. */
    public record Letter(String category, String kind, Map<String, String> values, List<String> extraKeys,
            String link, String ics) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(CloudEvent cause, String email, Letter letter) {
        if (email == null || email.isBlank()) {
            return; // nobody to write to (e.g. a registration made without an email claim)
        }
        String recipient = email.trim().toLowerCase(Locale.ROOT);
        RecipientPreference preference = RecipientPreference.of(recipient);
        String lang = preference.language;
        // a header is one line: a line break from a name or title would be refused by the mailer (or start a header)
        String subject = phrases.get(lang, letter.kind() + ".subject", letter.values()).replaceAll("[\\r\\n]+", " ");
        List<String> paragraphs = new java.util.ArrayList<>(
                phrases.paragraphs(lang, letter.kind() + ".body", letter.values()));
        letter.extraKeys().forEach(key -> paragraphs.addAll(phrases.paragraphs(lang, key, letter.values())));

        notices.queueInApp(cause, letter.category(), recipient, lang, subject, String.join("\n", paragraphs));
        boolean critical = Categories.isCritical(letter.category());
        if (!critical && Arrays.asList(preference.optedOut).contains(letter.category())) {
            return;
        }
        String unsubscribe = critical ? "" : publicUrl + "/api/v1/preferences/unsubscribe?token="
                + preference.unsubscribeToken + "&category=" + URLEncoder.encode(letter.category(), StandardCharsets.UTF_8);
        Map<String, String> values = Map.of("category", letter.category());
        String linkLabel = letter.link() == null ? "" : phrases.get(lang, letter.kind() + ".link", values);
        notices.queueEmail(cause, new EmailNotice(letter.category(), recipient, lang, subject,
                fill(text.instance(), lang, subject, paragraphs, letter.link(), linkLabel, unsubscribe, values).render(),
                fill(html.instance(), lang, subject, paragraphs, letter.link(), linkLabel, unsubscribe, values).render(),
                letter.ics(), critical ? null : unsubscribe));
    }

    private TemplateInstance fill(TemplateInstance t, String lang, String subject, List<String> paragraphs,
            String link, String linkLabel, String unsubscribe, Map<String, String> values) {
        return t.data("lang", lang).data("dir", Phrases.direction(lang)).data("subject", subject)
                .data("greeting", phrases.get(lang, "greeting", values)).data("paragraphs", paragraphs)
                .data("link", link == null ? "" : link).data("linkLabel", linkLabel)
                .data("signature", phrases.get(lang, "signature", values))
                .data("unsubscribeLink", unsubscribe)
                .data("unsubscribeLabel", phrases.get(lang, "unsubscribe", values));
    }
}
