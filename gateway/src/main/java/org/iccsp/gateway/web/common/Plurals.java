package org.iccsp.gateway.web.common;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Sentences with a count, in the templates' {@code plural:} namespace, written as ICU MessageFormat plurals so
 * each language gets its own forms (Arabic's zero, one, two, few, many and other; Hebrew's one, two and other):
 * {@code {plural:count('places', waiting.places)}} is "1 place" / "3 places", "مكانان" for two in Arabic.
 * The patterns are in {@code plurals/counts.properties} (English) and {@code counts_<lang>.properties}, each a
 * pattern over {@code n} (the count) and, where a sentence needs it, {@code x} (another value). Qute's own
 * message bundles cannot hold them: their braces are Qute expressions.
 */
@TemplateExtension(namespace = "plural")
public final class Plurals {
    static final String BUNDLE = "plurals.counts";

    private Plurals() {
    }

    public static String count(String key, Object n, @TemplateAttribute("locale") Object locale) {
        return count(key, n, null, CountryNames.language(locale));
    }

    public static String countWith(String key, Object n, Object x, @TemplateAttribute("locale") Object locale) {
        return count(key, n, x, CountryNames.language(locale));
    }

    public static String count(String key, Object n, Object x, String lang) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no plural sentence " + key, e);
        }
        Number number;
        try {
            number = n instanceof Number num ? num : new BigDecimal(String.valueOf(n));
        } catch (NumberFormatException e) {
            number = 0;
        }
        return new MessageFormat(pattern, ULocale.forLanguageTag(lang))
                .format(Map.of("n", number, "x", x == null ? "" : x));
    }
}
