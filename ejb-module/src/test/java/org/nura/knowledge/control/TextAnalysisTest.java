package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void arabiziAndArabicScriptMeetInConsonantSkeletons() {
        assertEquals(Skeletons.arabic("كتير"), Skeletons.latin("ktir"));
        assertEquals(Skeletons.arabic("رصيد"), Skeletons.latin("rased"));
        assertEquals(Skeletons.arabic("بطيء"), Skeletons.latin("ba6i2"));
        assertEquals(Skeletons.arabic("شريحه"), Skeletons.latin("shari7a"));
        assertTrue(Skeletons.of("my internet is slow").isEmpty(), "English gets no Arabizi skeletons");
    }

    @Test
    void conceptsAreFoundInEveryLanguageAndScript() {
        assertTrue(Lexicon.concepts("الرصيد عم يخلص بسرعة").contains("balance"));
        assertTrue(Lexicon.concepts("balansa min").contains("balance"));
        assertTrue(Lexicon.concepts("I want to complain").contains("complaint"));
        assertTrue(Lexicon.concepts("بدي اشتكي").contains("complaint"));
        assertTrue(Lexicon.concepts("koda PUK").contains("puk"));
        assertTrue(Lexicon.concepts("كلمة السر").contains("password"));
        assertFalse(Lexicon.concepts("كلمة السر").contains("talk"), "a prefix must not swallow another word");
        assertFalse(Lexicon.concepts("الانترنت سريع").contains("pin"));
    }

    @Test
    void dialectsShareTheArabicFieldAndArabiziTheLatinOne() {
        assertEquals(TextAnalysis.AR, TextAnalysis.fieldFor("ar-lev"));
        assertEquals(TextAnalysis.KU, TextAnalysis.fieldFor("ar-latn"));
        assertEquals(TextAnalysis.EN, TextAnalysis.fieldFor("en"));
    }
}
