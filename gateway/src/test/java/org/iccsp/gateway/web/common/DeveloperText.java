package org.iccsp.gateway.web.common;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.lang.reflect.Method;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.gateway.web.i18n.ErrorMessages;

/**
 * What a page must never show a reader (issue 18): a field key ({@code sectors:}), a Java type ({@code BigDecimal}),
 * a UUID, the services' own sentences, and on a French, Arabic or Hebrew page an English error sentence. Reads the
 * text of the page's {@code <main>} (hidden fields, which carry ids and tokens, are not read), in the language its
 * {@code <html lang>} names.
 */
public final class DeveloperText {
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern JAVA_TYPE = Pattern.compile("\\b(BigDecimal|Integer|Long|String|LocalDate|OffsetDateTime|UUID|java\\.[a-z]+\\.[A-Z]\\w*)\\b");
    private static final Pattern FIELD_KEY = Pattern.compile("\\b(amount|currency|sectors|country|target|memberCode|valueDate|cursor|session|event|decision):");
    private static final Pattern LANG = Pattern.compile("<html lang=\"([a-z]+)\"");
    /** What the services say (English, with field keys and ids), which is never shown as it came. */
    private static final List<String> SERVICE_TEXT = List.of("must be a", "must be an", "size must be between", "ISO 3166",
            "ISO 4217", "already have a place in session", "has no place left", "waitlist instead");

    private DeveloperText() {
    }

    /** The page's main part as the reader reads it. */
    public static String shown(String page) {
        int start = page.indexOf("<main");
        int end = page.indexOf("</main>");
        String main = start >= 0 && end > start ? page.substring(start, end) : page;
        return main.replaceAll("(?s)<input type=\"hidden\"[^>]*>", "").replaceAll("(?s)<[^>]+>", " ");
    }

    public static void assertNone(String page) {
        Matcher lang = LANG.matcher(page);
        String language = lang.find() ? lang.group(1) : "en";
        String text = shown(page);
        assertFalse(UUID_TEXT.matcher(text).find(), () -> "a UUID on the page:\n" + text);
        assertFalse(JAVA_TYPE.matcher(text).find(), () -> "a Java type on the page:\n" + text);
        assertFalse(FIELD_KEY.matcher(text).find(), () -> "a field key on the page:\n" + text);
        for (String said : SERVICE_TEXT) {
            assertFalse(text.contains(said), () -> "the service's words \"" + said + "\" on the page:\n" + text);
        }
        if (!"en".equals(language)) {
            ErrorMessages english = MessageBundles.get(ErrorMessages.class, Localized.Literal.of("en"));
            for (Method m : ErrorMessages.class.getDeclaredMethods()) {
                if (m.getParameterCount() == 0 && m.getReturnType() == String.class) {
                    String sentence;
                    try {
                        sentence = (String) m.invoke(english);
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                    if (sentence.contains(" ") && sentence.length() > 12) {
                        assertFalse(text.contains(sentence), () -> "an English sentence on a " + language + " page: " + sentence);
                    }
                }
            }
        }
    }
}
