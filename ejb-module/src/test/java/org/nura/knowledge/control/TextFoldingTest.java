package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void alefHamzaSeatsAndWaslaAreOneAlef() {
        assertEquals("احمد اسم امين", TextFolding.fold("أحمد إسم آمين"));
        assertEquals("الله", TextFolding.fold("ٱلله"));
    }

    @Test
    void hamzaOnWawAndYaIsDropped() {
        assertEquals("مسوول", TextFolding.fold("مسؤول"));
        assertEquals("بطيي", TextFolding.fold("بطيئ"));
    }

    @Test
    void taMarbutaIsHaAndAlefMaqsuraIsYa() {
        assertEquals(TextFolding.fold("باقه"), TextFolding.fold("باقة"));
        assertEquals(TextFolding.fold("شكوي"), TextFolding.fold("شكوى"));
    }

    @Test
    void diacriticsAndTatweelGo() {
        assertEquals("الشبكه", TextFolding.fold("الشَّبَكَة"));
        assertEquals("مرحبا", TextFolding.fold("مرحـــباً"));
    }

    @Test
    void arabicIndicAndPersianDigitsAreAscii() {
        assertEquals("4500 ليره", TextFolding.fold("٤٥٠٠ ليرة"));
        assertEquals("5g", TextFolding.fold("۵G"));
    }

    @Test
    void persianAndKurdishKeyboardLettersAreTheArabicOnes() {
        assertEquals("كيف", TextFolding.fold("کیف"));
        assertEquals("شبكه", TextFolding.fold("شبکە"));
        assertEquals(TextFolding.fold("هاتف"), TextFolding.fold("ھاتف"));
    }

    @Test
    void kurmanjiAndTurkishLettersFoldToAscii() {
        assertEquals("sifreya min cawa ye", TextFolding.fold("Şîfreya min çawa ye"));
        assertEquals("pakete", TextFolding.fold("PAKÊTÊ"));
        assertEquals("kilit istanbul", TextFolding.fold("kılıt İstanbul"));
    }

    @Test
    void latinIsLowerCasedAndArabiziDigitsStay() {
        assertEquals("el net 3am ye2ta3", TextFolding.fold("El NET 3am ye2ta3"));
    }

    @Test
    void foldKeepsPunctuationAndWordsDropIt() {
        assertEquals("مرحبا، كيف الحال؟", TextFolding.fold("مرحباً، كيف الحال؟"));
        assertEquals("مرحبا كيف الحال", TextFolding.words("  مرحباً، كيف الحال؟ "));
        assertEquals("hi there", TextFolding.words("Hi there!"));
        assertEquals("", TextFolding.words(null));
    }
}
