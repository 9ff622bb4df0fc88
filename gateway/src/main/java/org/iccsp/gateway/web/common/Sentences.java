package org.iccsp.gateway.web.common;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.iccsp.gateway.web.i18n.ConfirmMessages;

/**
 * The sentences that say what an action did ({@link Flash}), in the page's language: ICU MessageFormat patterns
 * of the {@code confirm} bundle ({@link ConfirmMessages}, the {@code …Said} messages) with named arguments, so that
 * counts take the language's plural forms ("1 pledge", "3 pledges"; Arabic's zero, one, two, few, many and other;
 * Hebrew's one, two and other).
 */
public final class Sentences {
    private Sentences() {
    }

    /** The {@code confirm} messages in {@code lang} (en, fr, ar, he). */
    public static ConfirmMessages in(String lang) {
        return MessageBundles.get(ConfirmMessages.class, Localized.Literal.of(lang));
    }

    /** {@code pattern} (ICU) with {@code namesAndValues} (name, value, name, value…) in {@code lang}. */
    public static String say(String pattern, String lang, Object... namesAndValues) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            arguments.put(String.valueOf(namesAndValues[i]), value == null ? "" : value);
        }
        return new MessageFormat(pattern, ULocale.forLanguageTag(lang)).format(arguments);
    }

    /** An amount with its currency as the page's language writes it: "2,500,000 GBP", "2 500 000 GBP". */
    public static String money(Object amount, Object currency, String lang) {
        String number = MoneyFormats.amount(amount, Locale.forLanguageTag(lang));
        return currency == null ? number : number + " " + currency;
    }
}
