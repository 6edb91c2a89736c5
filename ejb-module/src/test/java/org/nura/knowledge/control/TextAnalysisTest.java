package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void arabicIsNormalisedAndLightStemmed() {
        // hamza forms fold to bare alef, taa marbuta to haa, diacritics go, the article and clitic waw are stripped
        assertEquals(TextAnalysis.terms(TextAnalysis.AR, "الإنترنت"), TextAnalysis.terms(TextAnalysis.AR, "والانترنت"));
        assertEquals(List.of("انترنت"), TextAnalysis.terms(TextAnalysis.AR, "الإنترنت"));
        assertEquals(TextAnalysis.terms(TextAnalysis.AR, "الشبكة"), TextAnalysis.terms(TextAnalysis.AR, "الشَّبَكه"));
        assertEquals(List.of("باق"), TextAnalysis.terms(TextAnalysis.AR, "الباقات"));
    }

    @Test
    void arabicIndicDigitsBecomeAscii() {
        assertEquals(List.of("4500"), TextAnalysis.terms(TextAnalysis.AR, "٤٥٠٠"));
    }

    @Test
    void kurmanjiLettersFoldAndEzafeEndingsGo() {
        assertEquals(List.of("sifre"), TextAnalysis.terms(TextAnalysis.KU, "Şîfreya"));
        assertEquals(List.of("sifre"), TextAnalysis.terms(TextAnalysis.KU, "şîfreyê"));
        assertEquals(List.of("paket"), TextAnalysis.terms(TextAnalysis.KU, "pakêtan"));
        // folding first, then the light stem: the final -a of çawa goes too, the same on both index and query side
        assertEquals(List.of("caw", "calak"), TextAnalysis.terms(TextAnalysis.KU, "Çawa çalak"));
    }

    @Test
    void kurmanjiStemmerKeepsShortWordsAndArabizi() {
        assertEquals(List.of("ye", "ba6i2"), TextAnalysis.terms(TextAnalysis.KU, "ye ba6i2"));
    }

    @Test
    void englishDropsStopWordsAndStems() {
        assertEquals(List.of("password", "chang"), TextAnalysis.terms(TextAnalysis.EN, "the passwords changing"));
    }

    @Test
    void surfaceWordsAreFoldedButNotStemmed() {
        assertEquals(List.of("الانترنت", "sifreya"), TextAnalysis.surfaceWords("الإنترنت Şîfreya"));
    }

    @Test
    void languageIsGuessedFromScriptAndKurmanjiLetters() {
        assertEquals("ar", TextAnalysis.guessLanguage("النت بطيء APN"));
        assertEquals("ku", TextAnalysis.guessLanguage("înterneta min hêdî ye"));
        assertEquals("en", TextAnalysis.guessLanguage("my internet is slow"));
    }

    @Test
    void dialectsShareTheArabicFieldAndArabiziTheLatinOne() {
        assertEquals(TextAnalysis.AR, TextAnalysis.fieldFor("ar-lev"));
        assertEquals(TextAnalysis.KU, TextAnalysis.fieldFor("ar-latn"));
        assertEquals(TextAnalysis.EN, TextAnalysis.fieldFor("en"));
    }
}
