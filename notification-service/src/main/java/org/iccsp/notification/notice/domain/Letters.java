package org.iccsp.notification.notice.domain;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** The values of a letter that people typed: isolated in emails (bidi). */
    static final Set<String> ISOLATED = Set.of("legalName", "title", "venue", "reason", "target");
    static final String FSI = "\u2068";
    static final String PDI = "\u2069";
    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    private static final Pattern MARKER = Pattern.compile(MARK_START + "([A-Za-z]+)" + MARK_END);

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
        // the wording with a marker where a value people typed goes, so each part can isolate it its own way
        Map<String, String> marked = marked(letter.values());
        List<String> markedParagraphs = new ArrayList<>(phrases.paragraphs(lang, letter.kind() + ".body", marked));
        letter.extraKeys().forEach(key -> markedParagraphs.addAll(phrases.paragraphs(lang, key, marked)));
        // the HTML part's <title> holds text only: the names in it are isolated with FSI … PDI
        String isolatedSubject = fillIn(phrases.get(lang, letter.kind() + ".subject", marked), letter.values(), FSI, PDI)
                .replaceAll("[\\r\\n]+", " ");
        List<String> paragraphs = markedParagraphs.stream().map(p -> fillIn(p, letter.values(), "", ""))
                .filter(p -> !p.isBlank()).toList();

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
                fill(text.instance(), lang, subject, markedParagraphs.stream()
                        .map(p -> fillIn(p, letter.values(), FSI, PDI)).toList(),
                        letter.link(), linkLabel, unsubscribe, values).render(),
                fill(html.instance(), lang, isolatedSubject, markedParagraphs.stream()
                        .map(p -> parts(p, letter.values())).toList(),
                        letter.link(), linkLabel, unsubscribe, values).render(),
                letter.ics(), critical ? null : unsubscribe));
    }

    /**
     * The values people typed (names, titles, places, reasons) replaced by markers. In an email they are
     * isolated from the text around them (Unicode bidi), so a name carrying U+202E (right-to-left override)
     * or any strong right-to-left or left-to-right text cannot reorder the sentence it stands in: between
     * FSI (U+2068) and PDI (U+2069) in the text part, in {@code <bdi>} in the HTML part.
     */
    private static Map<String, String> marked(Map<String, String> values) {
        Map<String, String> marked = new HashMap<>(values);
        ISOLATED.forEach(name -> {
            if (values.containsKey(name)) {
                marked.put(name, MARK_START + name + MARK_END);
            }
        });
        return marked;
    }

    /** A marked paragraph with each marker replaced by its value between {@code before} and {@code after}. */
    private static String fillIn(String paragraph, Map<String, String> values, String before, String after) {
        return MARKER.matcher(paragraph).replaceAll(m -> Matcher.quoteReplacement(
                before + Objects.requireNonNullElse(values.get(m.group(1)), "") + after));
    }

    /** A marked paragraph as text parts, the values people typed flagged as isolated (the HTML layout's {@code <bdi>}). */
    private static List<Part> parts(String paragraph, Map<String, String> values) {
        List<Part> parts = new ArrayList<>();
        Matcher m = MARKER.matcher(paragraph);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(new Part(paragraph.substring(from, m.start()), false));
            }
            parts.add(new Part(Objects.requireNonNullElse(values.get(m.group(1)), ""), true));
            from = m.end();
        }
        if (from < paragraph.length()) {
            parts.add(new Part(paragraph.substring(from), false));
        }
        return parts;
    }

    /** A piece of a paragraph in the HTML layout; {@code isolated}: a value someone typed, in {@code <bdi>}. */
    @TemplateData
    public record Part(String text, boolean isolated) {
    }

    private TemplateInstance fill(TemplateInstance t, String lang, String subject, List<?> paragraphs,
            String link, String linkLabel, String unsubscribe, Map<String, String> values) {
        return t.data("lang", lang).data("dir", Phrases.direction(lang)).data("subject", subject)
                .data("greeting", phrases.get(lang, "greeting", values)).data("paragraphs", paragraphs)
                .data("link", link == null ? "" : link).data("linkLabel", linkLabel)
                .data("signature", phrases.get(lang, "signature", values))
                .data("unsubscribeLink", unsubscribe)
                .data("unsubscribeLabel", phrases.get(lang, "unsubscribe", values));
    }
}
