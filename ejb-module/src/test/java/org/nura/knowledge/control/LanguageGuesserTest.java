package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void arabicScriptIsArabicEvenWithALatinProductName() {
        assertEquals("ar", LanguageGuesser.guess("ما هي الباقات المتاحة؟"));
        assertEquals("ar", LanguageGuesser.guess("عندي مشكلة في VoLTE"));
        assertEquals("ar", LanguageGuesser.guess("النت بطيء APN"));
    }

    @Test
    void aTieBetweenScriptsGoesToArabic() {
        assertEquals("ar", LanguageGuesser.guess("نت 4G"), "2 Arabic letters, 1 Latin: plainly Arabic");
        assertEquals("ar", LanguageGuesser.guess("باقة eSIM"), "4 letters each: the tie rule decides");
        assertEquals("en", LanguageGuesser.guess("باقة eSIMs"), "one Latin letter more tips it");
    }

    @Test
    void kurmanjiByItsLettersOrItsWords() {
        assertEquals("ku", LanguageGuesser.guess("Înternetê min hêdî ye"));
        assertEquals("ku", LanguageGuesser.guess("ez dixwazim bi karmend re biaxivim"), "no Kurmanji letter");
        assertEquals("ku", LanguageGuesser.guess("Çawa ez dikarim pakêtê çalak bikim?"));
    }

    @Test
    void arabiziByLetterDigitsOrDialectWords() {
        assertEquals(LanguageGuesser.ARABIZI, LanguageGuesser.guess("el net 3am ye2ta3"));
        assertEquals(LanguageGuesser.ARABIZI, LanguageGuesser.guess("shu el 7al"));
        assertEquals(LanguageGuesser.ARABIZI, LanguageGuesser.guess("wen el markaz min fadlak"),
                "Arabizi is tried before Kurmanji words, which would count \"min\" as Kurmanji");
    }

    @Test
    void englishAndKurmanjiFunctionWordsOutweighWordsArabiziShares() {
        assertEquals("en", LanguageGuesser.guess("no internet at all all day"), "\"all\" is not a stretched \"al\"");
        assertEquals("en", LanguageGuesser.guess("my data is all gone, la la"));
        assertEquals("ku", LanguageGuesser.guess("li mala min tor ne bas e"), "Kurmanji typed without its letters");
        assertEquals(LanguageGuesser.ARABIZI, LanguageGuesser.guess("laaa ma fi net"), "a stretched weak word counts");
        assertEquals(LanguageGuesser.ARABIZI, LanguageGuesser.guess("el data shaghleh bas ma fi internet"));
    }

    @Test
    void otherLatinTextIsEnglish() {
        assertEquals("en", LanguageGuesser.guess("my internet is slow"));
        assertEquals("en", LanguageGuesser.guess("How do I activate eSIM?"));
        assertEquals("en", LanguageGuesser.guess("is 5G in Syria"), "5G is a measure, not an Arabizi letter digit");
    }

    @Test
    void textWithoutLettersIsArabicForTheModelAndTheFallbackForAReply() {
        assertEquals("ar", LanguageGuesser.guess("👍"));
        assertEquals("ku", LanguageGuesser.supportedGuess("??? 123", "ku"));
        assertEquals("ar", LanguageGuesser.supportedGuess("👍", null));
        assertEquals("ar", LanguageGuesser.supportedGuess("٤٥٠٠", "xx"), "an unsupported fallback is not used");
    }

    @Test
    void aReplyLanguageIsAlwaysSupported() {
        assertEquals("en", LanguageGuesser.supportedGuess("shu el 7al", "ar"), "Arabizi readers chose Latin letters");
        assertEquals("ku", LanguageGuesser.supportedGuess("Înternetê min hêdî ye", "ar"));
        assertEquals("ar", LanguageGuesser.supportedGuess("شو صار بالرصيد", "en"));
    }

    @Test
    void soraniByItsLettersWordsAndEndingsEvenOnAnArabicKeyboard() {
        assertEquals("ckb", LanguageGuesser.guess("ئینتەرنێتەکەم زۆر خاوە"), "ە ێ are Sorani letters");
        assertEquals("ckb", LanguageGuesser.guess("تكايه يارمهتيم بدهن"), "تکایە typed with ه");
        assertEquals("ckb", LanguageGuesser.supportedGuess("سڵاو", "ar"), "Sorani is a reply language");
        assertEquals("ar", LanguageGuesser.guess("شگد سعر الباقة"), "Iraqi گ is not Sorani");
        assertEquals("ar", LanguageGuesser.guess("عندي مشكلة في شبکە"), "one Kurdish-keyboard letter among Arabic words");
    }

    @Test
    void stretchedArabiziIsStillArabizi() {
        assertEquals(LanguageGuesser.ARABIZI, LanguageGuesser.guess("el net kteeer ba6eee2"));
        assertEquals("ktir", LanguageGuesser.arabiziSpelling("ktiiir"));
        assertEquals("mwazaf", LanguageGuesser.arabiziSpelling("mwazzaf"));
    }
}
