package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sorani endings come off folded words however the word was typed; short roots and other scripts stay. */
class SoraniLightStemFilterTest {

    @Test
    void definitePluralPossessiveAndPostpositionEndingsComeOff() {
        assertEquals(TextFolding.fold("ئینتەرنێت"), stem("ئینتەرنێتەکەم"), "-ەکەم: my ... (the)");
        assertEquals("باكيج", stem("پاکێجەکان"), "-ەکان: the ...s");
        assertEquals("بهياني", stem("بەیانییەوە"), "-ەوە then -ی");
        assertEquals("فيديو", stem("ڤیدیۆکە"), "-کە after a vowel");
        assertEquals("نرخ", stem("نرخی"), "ezafe -ی");
    }

    @Test
    void theIndefiniteAfterAVowelComesOffButNotAfterAConsonant() {
        assertEquals("سكالا", stem("سکاڵایەک"), "-یەک: a complaint");
        assertEquals(TextAnalysis.terms(TextAnalysis.CKB, "سکاڵا"), TextAnalysis.terms(TextAnalysis.CKB, "سکاڵایەکی"));
        assertEquals("كوردستانيهك", SoraniLightStemFilter.stem("كوردستانيهك"), "after ن it is no -یەک ending");
    }

    @Test
    void aWordTypedOnAnArabicKeyboardStemsTheSame() {
        assertEquals(stem("پاکێجەکانم"), stem("پاكيجهكانم"));
        assertEquals(TextAnalysis.terms(TextAnalysis.CKB, "باڵانسەکەم"), TextAnalysis.terms(TextAnalysis.CKB, "بالانسهكهم"));
    }

    @Test
    void shortRootsLatinWordsAndKafAfterAConsonantStay() {
        assertEquals("كار", stem("کار"));
        assertEquals("sim", SoraniLightStemFilter.stem("sim"));
        assertEquals("شبك", stem("شبکە"), "-ە is the copula; the ك before it is no definite ending");
    }

    private static String stem(String word) {
        return SoraniLightStemFilter.stem(TextFolding.fold(word));
    }
}
