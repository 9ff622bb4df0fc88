package org.iccsp.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser test checks on every page it sees, beyond its own journey (issue 18):
 * <ul>
 * <li>{@link #accessibility}: axe-core (Deque's engine, the {@code axe.min.js} that
 * {@code com.deque.html.axe-core:selenium} carries; only the script is used) run in the page, every violation
 * of its default rules (WCAG 2.x A and AA and best practices) reported with the elements it names;</li>
 * <li>{@link #developerText}: words meant for developers in the visible text: a field key before a validation
 * message ({@code amount: must be…}), a Java type or package ({@code BigDecimal}, {@code java.}), a UUID shown as
 * a value ("session 3f2a…", a cell holding an id), and, on French, Arabic and Hebrew pages, English sentences in
 * the page's own words (labels, buttons, headers, messages: not what people typed, such as an organisation's
 * description).</li>
 * </ul>
 */
final class PageChecks {
    private static final String AXE = axeScript();

    private PageChecks() {
    }

    private static String axeScript() {
        try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (e2e/pom.xml: com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's violations on the page as shown now: "rule (impact): help — element, element…". */
    static List<String> accessibility(Browser browser) {
        browser.script("if (!window.axe) { (0, eval)(arguments[0]); }", AXE);
        Object result = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                      + v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ']' : '')).join(', ')
                      + (v.nodes.length > 5 ? ' (+' + (v.nodes.length - 5) + ' more)' : ''))))
                  .catch(e => done(['axe-core did not run: ' + e]));""");
        List<String> violations = new ArrayList<>();
        ((List<?>) result).forEach(v -> violations.add(String.valueOf(v)));
        return violations;
    }

    /** Visible text nodes: {text, ui} where ui marks the page's own words (labels, buttons, headers, messages). */
    private static final String VISIBLE_TEXTS = """
            const lang = document.documentElement.lang;
            const ui = 'label, button, thead th, legend, summary, caption, dt, .alert, .problem, .field-error, .invalid-feedback, '
                + '.hint, .form-text, [role=status], [role=alert], nav, footer, .count';
            const data = 'td, dd, option, bdi, [data-user-content], .user-content';
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent.replace(/\\s+/g, ' ').trim();
              const el = node.parentElement;
              if (!text || !el || el.closest('script, style, noscript, template')) continue;
              if (el.checkVisibility && !el.checkVisibility({visibilityProperty: true})) continue;
              const marked = el.closest('[lang]');
              const ownLanguage = !marked || marked.lang === lang;
              out.push({text: text, ui: !!el.closest(ui) && !el.closest(data) && ownLanguage});
            }
            return out;""";

    private static final Pattern FIELD_KEY = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])[a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*(?:\\[\\d+])?: (?:must|size|may|should|is|not|invalid|cannot|expected|does|has)\\b");
    private static final Pattern JAVA = Pattern.compile(
            "\\b(?:BigDecimal|BigInteger|LocalDate(?:Time)?|OffsetDateTime|ZonedDateTime|NumberFormat|DateTimeParse|(?:java|javax|jakarta|org\\.iccsp)\\.[a-z]+|[A-Z][A-Za-z]+Exception)\\b");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ID_NOUN_BEFORE_UUID = Pattern.compile(
            "(?i)\\b(?:session|event|organi[sz]ation|member|user|pledge|registration|embargo|id|by)\\s*:?\\s*$");
    /**
     * A UUID that ends a slug somebody chose as a name ({@code security-<uuid>}: the suite's fixtures make their
     * names unique this way) is that name, not an id; the platform's own ids ({@code pledge-<uuid>}) still count.
     */
    private static final Pattern SLUG_BEFORE_UUID = Pattern.compile("(?<![\\p{L}\\p{N}-])([a-z0-9]+(?:-[a-z0-9]+)*)-$");
    private static final Pattern NAME_BEFORE_UUID = Pattern.compile("\\p{Lu}\\p{Ll}{2,} $");
    private static final Set<String> ID_PREFIXES = Set.of("pledge", "org", "organization", "organisation", "registration", "reg",
            "event", "ev", "session", "embargo", "announcement", "member", "user", "invitation", "project", "delivery");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}']*");
    private static final Pattern RTL_LETTER = Pattern.compile("[\\p{IsArabic}\\p{IsHebrew}]");
    /** English words that are not also French words (no "a", "on", "an", "or", "en", "par"). */
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "not", "you", "your", "with", "for", "this", "that", "there", "will", "would",
            "must", "please", "it", "its", "from", "by", "at", "can", "cannot", "no", "yes", "none", "what", "who",
            "which", "when", "where", "here", "than", "then", "into", "any", "all", "my", "our", "their",
            "sign", "out", "left", "try", "again", "group", "small");

    /** The developer text the page shows, each as "what: the text". */
    static List<String> developerText(Browser browser, String lang) {
        List<String> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> texts = (List<Map<String, Object>>) browser.script(VISIBLE_TEXTS);
        for (Map<String, Object> node : texts) {
            String text = String.valueOf(node.get("text"));
            boolean ui = Boolean.TRUE.equals(node.get("ui"));
            if (FIELD_KEY.matcher(text).find()) {
                found.add("a field key: " + clip(text));
            }
            if (JAVA.matcher(text).find()) {
                found.add("a Java type: " + clip(text));
            }
            Matcher uuid = UUID.matcher(text);
            while (uuid.find()) {
                String before = text.substring(0, uuid.start());
                Matcher slug = SLUG_BEFORE_UUID.matcher(before);
                if (slug.find() && !ID_PREFIXES.contains(slug.group(1))) {
                    continue;
                }
                // a name the suite made unique with a UUID ("Lifecycle <uuid>"); "session <uuid>" is still an id
                if (NAME_BEFORE_UUID.matcher(before).find() && !ID_NOUN_BEFORE_UUID.matcher(before).find()) {
                    continue;
                }
                int letters = UUID.matcher(text).replaceAll("").replaceAll("[^\\p{L}]", "").length();
                if (letters < 12 || ID_NOUN_BEFORE_UUID.matcher(before).find()) {
                    found.add("a UUID: " + clip(text));
                    break;
                }
            }
            if (ui && !lang.equals("en") && englishSentence(text, lang)) {
                found.add("English on a " + lang + " page: " + clip(text));
            }
        }
        return found.stream().distinct().toList();
    }

    /**
     * English words where the page's language should be: on a French page, two or more English-only words making up
     * a quarter of the words; on an Arabic or Hebrew page also three Latin words and no Arabic or Hebrew letter.
     */
    static boolean englishSentence(String text, String lang) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        long english = words.stream().filter(ENGLISH::contains).count();
        if (english >= 2 && english * 4 >= words.size()) {
            return true;
        }
        return (lang.equals("ar") || lang.equals("he")) && words.size() >= 3 && !RTL_LETTER.matcher(text).find()
                && english >= 1;
    }

    private static String clip(String text) {
        return '"' + (text.length() > 140 ? text.substring(0, 140) + "…" : text) + '"';
    }
}
