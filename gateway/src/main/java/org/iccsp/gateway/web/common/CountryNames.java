package org.iccsp.gateway.web.common;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Countries by their CLDR names in the page's language, in the templates' {@code country:} namespace:
 * {@code {country:name(org.country)}} shows {@code PS} as "Palestinian Territories" in English and
 * "الأراضي الفلسطينية" in Arabic; {@code {#for c in country:options()}} lists every ISO 3166 country for a
 * {@code <select>}, sorted as the page's language sorts. Anything that is not a two-letter code CLDR names is
 * shown as it came. The code stays what forms send and services keep.
 */
@TemplateExtension(namespace = "country")
public final class CountryNames {
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Map<String, List<Option>> OPTIONS = new ConcurrentHashMap<>();

    private CountryNames() {
    }

    /** A country in a picker: its code (the value sent) and its name in the page's language. */
    @io.quarkus.qute.TemplateData
    public record Option(String code, String name) {
    }

    public static String name(Object code, @TemplateAttribute("locale") Object locale) {
        return of(code == null ? null : code.toString(), language(locale));
    }

    /** The CLDR name of the country {@code code} in {@code lang}, or {@code code} itself when CLDR has none. */
    public static String of(String code, String lang) {
        if (code == null || !CODE.matcher(code).matches()) {
            return code == null ? "" : code;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        String name = new ULocale("", upper).getDisplayCountry(ULocale.forLanguageTag(lang));
        return name == null || name.isBlank() || name.equals(upper) ? upper : name;
    }

    public static List<Option> options(@TemplateAttribute("locale") Object locale) {
        return all(language(locale));
    }

    /** The page's language from a template's {@code locale} attribute (a Locale or a tag): en, fr, ar or he. */
    public static String language(Object locale) {
        if (locale instanceof Locale l) {
            return Chrome.language(l.getLanguage(), null);
        }
        return Chrome.language(locale == null ? null : locale.toString(), null);
    }

    /** Every ISO 3166 country, by name in {@code lang}. */
    public static List<Option> all(String lang) {
        return OPTIONS.computeIfAbsent(lang, l -> {
            List<Option> all = new ArrayList<>();
            for (String code : Locale.getISOCountries()) {
                all.add(new Option(code, of(code, l)));
            }
            Collator collator = Collator.getInstance(ULocale.forLanguageTag(l));
            all.sort(Comparator.comparing(Option::name, collator::compare));
            return List.copyOf(all);
        });
    }
}
