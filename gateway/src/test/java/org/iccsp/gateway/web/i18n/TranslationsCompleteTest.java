package org.iccsp.gateway.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page text has its French, Arabic and Hebrew translation: each bundle's localized file names
 * exactly the bundle's messages, none left empty (Quarkus falls back to English for a missing one,
 * which a reader of another language would see as an untranslated label).
 */
class TranslationsCompleteTest {
    private static final List<Class<?>> BUNDLES = List.of(AppMessages.class, CodeMessages.class, DirectoryMessages.class,
            EventMessages.class, PledgeMessages.class, ProfileMessages.class, DeskMessages.class, FundingMessages.class, ErrorMessages.class,
            ChartMessages.class, DirectorySearchMessages.class, DataMessages.class, ConfirmMessages.class, AnnouncementMessages.class,
            DeskStateMessages.class);

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "he"})
    void everyMessageOfEveryBundleIsTranslated(String lang) throws IOException {
        for (Class<?> bundle : BUNDLES) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            String file = "messages/" + name + "_" + lang + ".properties";
            Map<String, String> translated = read(file);
            Set<String> messages = Arrays.stream(bundle.getDeclaredMethods()).map(java.lang.reflect.Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(messages, new TreeSet<>(translated.keySet()), file + " names every message of " + bundle.getSimpleName());
            translated.forEach((key, text) -> assertFalse(text.isBlank(), file + ": " + key + " is empty"));
        }
    }

    /** The file as Quarkus reads it: UTF-8 lines of key=value, # comments. */
    private static Map<String, String> read(String resource) throws IOException {
        try (InputStream in = TranslationsCompleteTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " exists");
            Map<String, String> entries = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    int eq = entry.indexOf('=');
                    assertFalse(entries.containsKey(entry.substring(0, eq).strip()), resource + ": duplicate " + entry);
                    entries.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
                }
            }
            return entries;
        }
    }
}
