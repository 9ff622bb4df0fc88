package org.iccsp.gateway.web.charts;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.lang.reflect.Method;
import org.iccsp.gateway.web.i18n.CodeMessages;

/**
 * A code's label in the page's language from the {@code code} bundle, as the templates'
 * {@code code:message('sector-health')} finds it, for text built in Java (a chart's labels and
 * accessible names). A code without a message is shown as it came.
 */
public final class CodeLabels {
    private CodeLabels() {
    }

    public static String of(String lang, String prefix, String code) {
        if (code == null) {
            return "";
        }
        CodeMessages messages = MessageBundles.get(CodeMessages.class, Localized.Literal.of(lang));
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : (prefix + code).toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                return code; // not a code the bundle can hold
            }
        }
        try {
            Method message = CodeMessages.class.getMethod(name.toString());
            Object text = message.invoke(messages);
            return text == null ? code : text.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return code;
        }
    }
}
