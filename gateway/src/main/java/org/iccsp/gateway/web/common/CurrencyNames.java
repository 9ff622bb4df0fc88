package org.iccsp.gateway.web.common;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Currencies by their CLDR names in the page's language, in the templates' {@code currency:} namespace:
 * {@code {currency:name('GBP')}} is "British Pound" in English and "جنيه إسترليني" in Arabic;
 * {@code currency:options()} are the ISO 4217 currencies of money in use (no funds, metals or test codes),
 * for the pledge form's picker. {@link #forCountry} is the currency a member pledges in by default.
 */
@TemplateExtension(namespace = "currency")
public final class CurrencyNames {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Map<String, List<Option>> OPTIONS = new ConcurrentHashMap<>();
    /** What a pledge is in when nothing says otherwise: the consortium's reporting currency. */
    public static final String FALLBACK = "USD";

    private CurrencyNames() {
    }

    /** A currency in a picker: its ISO 4217 code (the value sent) and its name in the page's language. */
    @io.quarkus.qute.TemplateData
    public record Option(String code, String name) {
    }

    public static String name(Object code, @TemplateAttribute("locale") Object locale) {
        return of(code == null ? null : code.toString(), CountryNames.language(locale));
    }

    public static String of(String code, String lang) {
        if (code == null || !CODE.matcher(code).matches()) {
            return code == null ? "" : code;
        }
        try {
            String name = Currency.getInstance(code).getName(ULocale.forLanguageTag(lang), Currency.LONG_NAME, (boolean[]) null);
            return name == null || name.isBlank() ? code : name;
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public static List<Option> options(@TemplateAttribute("locale") Object locale) {
        return all(CountryNames.language(locale));
    }

    /** The currencies of money in use today (those a country uses), by name in {@code lang}. */
    public static List<Option> all(String lang) {
        return OPTIONS.computeIfAbsent(lang, l -> {
            Set<String> codes = new TreeSet<>();
            Date today = new Date();
            for (String country : Locale.getISOCountries()) {
                String[] used = Currency.getAvailableCurrencyCodes(new ULocale("", country), today);
                for (String code : used == null ? new String[0] : used) {
                    if (CODE.matcher(code).matches() && minorUnits(code) >= 0) {
                        codes.add(code);
                    }
                }
            }
            List<Option> all = new ArrayList<>();
            for (String code : codes) {
                all.add(new Option(code, of(code, l)));
            }
            Collator collator = Collator.getInstance(ULocale.forLanguageTag(l));
            all.sort(Comparator.comparing(Option::name, collator::compare));
            return List.copyOf(all);
        });
    }

    /** The currency's minor units as the JDK (and so the pledge-service) knows them; -1 when it does not. */
    private static int minorUnits(String code) {
        try {
            return java.util.Currency.getInstance(code).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** Whether {@code code} is one of the picker's currencies. */
    public static boolean offered(Object code) {
        return code != null && all("en").stream().anyMatch(o -> o.code().equals(code.toString()));
    }

    /** The currency a country pays in today (GB: GBP, FR: EUR, JP: JPY), else {@link #FALLBACK}. */
    public static String forCountry(String country) {
        if (country == null || !country.matches("[A-Za-z]{2}")) {
            return FALLBACK;
        }
        String[] codes = Currency.getAvailableCurrencyCodes(new ULocale("", country.toUpperCase(Locale.ROOT)), new Date());
        if (codes == null) {
            return FALLBACK;
        }
        for (String code : codes) {
            if (offered(code)) {
                return code;
            }
        }
        return FALLBACK;
    }
}
