package org.nura.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The security screens' texts and the canned replies' block of the handoff texts: the same keys in English and
 * Arabic, the Arabic really Arabic, and every text that takes arguments a valid MessageFormat pattern.
 */
class SecurityTextsTest {

    @ParameterizedTest
    @CsvSource({"/org/nura/admin/security/Messages, ''", "/org/nura/admin/handoff/Messages, canned."})
    void englishAndArabicHaveTheSameKeysAndTheArabicIsArabic(String base, String prefix) throws IOException {
        Properties en = load(base + ".properties");
        Properties ar = load(base + "_ar.properties");
        Set<String> enKeys = keys(en, prefix);
        assertFalse(enKeys.isEmpty(), base);
        assertEquals(enKeys, keys(ar, prefix), base);
        for (String key : enKeys) {
            String text = ar.getProperty(key);
            assertTrue(text.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF),
                    key + " is not Arabic: " + text);
            if (text.contains("{0}")) {
                assertTrue(new MessageFormat(text, Locale.forLanguageTag("ar")).format(new Object[] {"x"})
                        .contains("x"), key);
                assertTrue(new MessageFormat(en.getProperty(key), Locale.ENGLISH).format(new Object[] {"x"})
                        .contains("x"), key);
            }
        }
    }

    private static Set<String> keys(Properties texts, String prefix) {
        return texts.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties load(String path) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = SecurityTextsTest.class.getResourceAsStream(path)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
