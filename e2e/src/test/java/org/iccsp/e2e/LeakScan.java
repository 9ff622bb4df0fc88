package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads channels an outsider (or an operator's dashboard) can reach and finds every occurrence of
 * what must stay secret: marked strings (a sealed pledge's id and amount, a confidential member's
 * name), whole words (a member code such as {@code QA}, which as a substring would match anything),
 * and URI tags that are not templates. Each channel is added by name with the text it shows; the
 * scan then fails once, listing every finding of every channel. Channels scanned today: the
 * Prometheus metrics of all five applications (labels and exemplars, which may carry trace and span
 * ids only; values are numbers of no one's secret), and (ConfidentialityIT) every page an outsider can open
 * in the four languages, the exports, the services' logs, e-mails, in-app notices, webhook deliveries and
 * Kafka records, each added with {@link #channel(String, String)}.
 */
final class LeakScan {
    private static final Pattern URI_LABEL = Pattern.compile("\\buri=\"([^\"]*)\"");
    /** The gateway's tag for a path no template fits: the owner's prefix, or the API's. */
    private static final Pattern FALLBACK = Pattern.compile("/api/v1(/[a-z-]+)?/\\*\\*");
    private static final Pattern EXEMPLAR_LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+\\}");

    private final List<String> substrings = new ArrayList<>();
    private final List<Pattern> words = new ArrayList<>();
    private final Map<String, String> channels = new LinkedHashMap<>();
    private final List<String> findings = new ArrayList<>();
    private Set<String> templates;

    /** A string that must appear nowhere (an id, a name, a note, an amount as written). */
    LeakScan secret(String marker) {
        substrings.add(marker);
        return this;
    }

    /**
     * An amount, however a page, an export or a log may write it: as the API does ({@code 5000000.00}),
     * as each page language's number format does (en, fr, ar, he: {@code 5,000,000.00},
     * {@code 5 000 000,00} with a narrow or plain space), in Arabic-Indic digits with the Arabic
     * separators ({@code ٥٬٠٠٠٬٠٠٠٫٠٠}) and in the German way ({@code 5.000.000,00}).
     */
    LeakScan amount(java.math.BigDecimal value) {
        java.math.BigDecimal cents = value.setScale(2, java.math.RoundingMode.HALF_EVEN);
        Set<String> forms = new TreeSet<>(amountForms(cents));
        forms.forEach(this::secret);
        return this;
    }

    static List<String> amountForms(java.math.BigDecimal cents) {
        List<String> forms = new ArrayList<>();
        forms.add(cents.toPlainString());
        for (String language : List.of("en", "fr", "ar", "he", "de")) {
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag(language));
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            forms.add(format.format(cents));
        }
        String english = forms.get(1);
        forms.add(english.replace(',', ' ').replace('.', ','));
        forms.add(english.replace(',', '\u00A0').replace('.', ','));
        forms.add(english.replace(',', '\u202F').replace('.', ','));
        forms.add(english.replace(',', '.').replaceFirst("\\.(\\d\\d)$", ",$1"));
        StringBuilder arabic = new StringBuilder();
        for (char c : english.toCharArray()) {
            arabic.append(Character.isDigit(c) ? (char) ('\u0660' + (c - '0')) : c == ',' ? '\u066C' : c == '.' ? '\u066B' : c);
        }
        forms.add(arabic.toString());
        forms.add(arabic.toString().replace("\u066C", ""));
        return forms;
    }

    /**
     * A country's name in the pages' four languages (CLDR, as the JDK ships it) and in English: a
     * confidential member named by its country in any of them.
     */
    LeakScan countryNames(String code) {
        for (String language : List.of("en", "fr", "ar", "he")) {
            String name = new java.util.Locale.Builder().setRegion(code).build()
                    .getDisplayCountry(java.util.Locale.forLanguageTag(language));
            if (!name.isBlank() && !name.equals(code)) {
                secret(name);
            }
        }
        return this;
    }

    /** A short secret (a member code) found only as a whole word: "QA" in /members/QA or "QA", not in "QUAD". */
    LeakScan secretWord(String word) {
        words.add(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(word) + "(?![A-Za-z0-9])"));
        return this;
    }

    /**
     * The API's path templates (the paths of the merged OpenAPI document): every {@code uri} tag of
     * the metrics channels on /api/ must be one of them, or an owner's {@code /**} fallback.
     */
    LeakScan templates(JsonNode openApi) {
        templates = new TreeSet<>();
        openApi.get("paths").fieldNames().forEachRemaining(path -> templates.add(normalised(path)));
        return this;
    }

    LeakScan channel(String name, String text) {
        channels.put(name, everyCountryListed(text));
        return this;
    }

    private static final Pattern SELECT = Pattern.compile("(?s)<select\\b[^>]*>.*?</select>");

    /**
     * A picker that offers every country on earth (a profile's country, a member field: well over 200 options)
     * says nothing about who is a member: it is read as one placeholder, so that a confidential member's
     * country is still found everywhere else on the page.
     */
    static String everyCountryListed(String text) {
        if (text == null || !text.contains("<select")) {
            return text;
        }
        return SELECT.matcher(text).replaceAll(select -> select.group().split("<option", -1).length > 200
                ? "<select>[every country]</select>" : java.util.regex.Matcher.quoteReplacement(select.group()));
    }

    /**
     * A Prometheus scrape, as its labels and exemplars: sample values and timestamps are dropped
     * (counts and durations are nobody's secret, and as digits they would match any amount).
     */
    LeakScan metrics(String name, String exposition) {
        StringBuilder labels = new StringBuilder();
        for (String line : exposition.lines().toList()) {
            if (line.startsWith("#") || line.isBlank()) {
                labels.append(line).append('\n');
                continue;
            }
            int exemplar = line.indexOf(" # ");
            String sample = exemplar < 0 ? line : line.substring(0, exemplar);
            int end = sample.lastIndexOf('}');
            labels.append(end < 0 ? sample.split("\\s")[0] : sample.substring(0, end + 1));
            if (exemplar >= 0) {
                String rest = line.substring(exemplar + 3);
                String exemplarLabels = rest.substring(0, rest.indexOf('}') + 1);
                labels.append(" # ").append(exemplarLabels);
                Matcher label = EXEMPLAR_LABEL.matcher(exemplarLabels);
                while (label.find()) {
                    if (!Set.of("trace_id", "span_id").contains(label.group(1))) {
                        findings.add(name + ": an exemplar carries " + label.group(1) + ", not only trace and span ids: " + line);
                    }
                }
            }
            labels.append('\n');
        }
        String text = labels.toString();
        Matcher uri = URI_LABEL.matcher(text);
        while (uri.find()) {
            String value = uri.group(1);
            if (value.startsWith("/api/") && !isTemplate(value)) {
                findings.add(name + ": uri tag " + value + " is not an API template");
            }
        }
        return channel(name, text);
    }

    private boolean isTemplate(String uri) {
        return FALLBACK.matcher(uri).matches() || templates != null && templates.contains(normalised(uri));
    }

    private static String normalised(String template) {
        return PARAMETER.matcher(template).replaceAll("{}");
    }

    /** The secrets looked for (substrings and words), for the report. */
    int secrets() {
        return substrings.size() + words.size();
    }

    /** How many channels were added. */
    int channels() {
        return channels.size();
    }

    /** Every finding of every channel (for a test that gathers several scans before it fails). */
    List<String> findings() {
        List<String> all = new ArrayList<>(findings);
        for (Map.Entry<String, String> channel : channels.entrySet()) {
            all.addAll(find(channel.getKey(), channel.getValue()));
        }
        return all;
    }

    /** @return how many channels were read (for the report) */
    int assertClean() {
        assertEquals(List.of(), findings(), "secrets found in " + channels.keySet());
        return channels.size();
    }

    private List<String> find(String channel, String text) {
        List<String> found = new ArrayList<>();
        for (String marker : substrings) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                found.add(channel + ": \"" + marker + "\" in ..." + around(text, at) + "...");
            }
        }
        for (Pattern word : words) {
            Matcher m = word.matcher(text);
            if (m.find()) {
                found.add(channel + ": \"" + m.group() + "\" in ..." + around(text, m.start()) + "...");
            }
        }
        return found;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)).replace('\n', ' ');
    }
}
