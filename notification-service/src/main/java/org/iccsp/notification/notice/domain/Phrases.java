package org.iccsp.notification.notice.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of notices per language, from {@code i18n/notices_<lang>.properties} (UTF-8).
 * Placeholders are {@code {name}}; values are inserted as plain text and escaped later by Qute.
 */
@ApplicationScoped
public class Phrases {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    public static final List<String> RTL = List.of("ar", "he");

    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();

    public String get(String language, String key, Map<String, String> values) {
        String pattern = bundle(language).getProperty(key, bundle("en").getProperty(key));
        if (pattern == null) {
            throw new IllegalStateException("no phrase " + key);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    public List<String> paragraphs(String language, String key, Map<String, String> values) {
        return Arrays.stream(get(language, key, values).split("\n")).filter(p -> !p.isBlank()).toList();
    }

    public static String direction(String language) {
        return RTL.contains(language) ? "rtl" : "ltr";
    }

    private Properties bundle(String language) {
        return bundles.computeIfAbsent(language, lang -> {
            Properties p = new Properties();
            try (InputStream in = Phrases.class.getResourceAsStream("/i18n/notices_" + lang + ".properties")) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }
}
