package org.nura.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void arabicScriptIsArabic() {
        assertEquals("ar", detector.detect("ما هي الباقات المتاحة؟", null));
        assertEquals("ar", detector.detect("عندي مشكلة في VoLTE", null), "mostly Arabic with a Latin product name");
    }

    @Test
    void kurmanjiLettersOrWordsAreKurdish() {
        assertEquals("ku", detector.detect("Înternetê min hêdî ye", null));
        assertEquals("ku", detector.detect("ez dixwazim bi karmend re biaxivim", null), "Kurmanji without its letters");
    }

    @Test
    void otherLatinTextIsEnglish() {
        assertEquals("en", detector.detect("my internet is slow", null));
        assertEquals("en", detector.detect("How do I activate eSIM?", null));
    }

    @Test
    void textWithoutLettersKeepsTheSessionLanguage() {
        assertEquals("ku", detector.detect("??? 123", "ku"));
        assertEquals("ar", detector.detect("👍", null));
    }
}
