package org.iccsp.gateway.web.common;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts as people read them, in the page's language, in the templates' {@code money:} namespace:
 * {@code {money:amount(pledge.amount)}} shows 11929774.35 as "11,929,774.35" in English and
 * "11 929 774,35" in French. Anything that is not a number is shown as it came.
 */
@TemplateExtension(namespace = "money")
public final class MoneyFormats {
    private MoneyFormats() {
    }

    public static String amount(Object value, @TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "";
        }
        try {
            BigDecimal number = new BigDecimal(value.toString());
            NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
            format.setMinimumFractionDigits(Math.min(2, Math.max(0, number.scale())));
            format.setMaximumFractionDigits(Math.max(2, number.scale()));
            return format.format(number);
        } catch (NumberFormatException e) {
            return value.toString();
        }
    }

    private static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }
}
