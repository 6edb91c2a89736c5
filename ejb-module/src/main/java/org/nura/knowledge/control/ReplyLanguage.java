package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language to answer one message in when the client sent its interface language as a hint (the widget does):
 * the message's own language when it says enough to tell, the hint otherwise. "hello, is 5G available?" on the
 * Arabic page is English; "ok", "5G" or "eSIM" there stay Arabic: one word, a product name or a measure is not
 * enough to switch the customer to another language than the one they chose.
 */
public final class ReplyLanguage {

    /** Words of two letters or more it takes to switch away from the hint. */
    static final int MIN_WORDS = 2;

    private ReplyLanguage() {
    }

    /** One of {@link Languages#SUPPORTED}: the hint (Arabic when unsupported) unless the text clearly is another. */
    public static String of(String text, String hint) {
        String fallback = Languages.supported(hint) ? hint : Languages.ARABIC;
        String guess = LanguageGuesser.byLetters(text);
        if (guess == null || guess.equals(fallback) || LanguageGuesser.ARABIZI.equals(guess)) {
            return fallback; // Arabizi writers read the language they chose; no letters say nothing
        }
        List<String> words = words(text, arabicScript(guess));
        if (words.size() < MIN_WORDS) {
            return fallback;
        }
        if (arabicScript(guess) == arabicScript(fallback) && !markedAs(guess, words)) {
            return fallback; // same script: switch only on words of the other language, not on a tie
        }
        return guess;
    }

    private static boolean arabicScript(String lang) {
        return Languages.ARABIC.equals(lang) || Languages.SORANI.equals(lang);
    }

    /** The words in the guess's script, at least two letters each; "5G" leaves only "G" and counts nothing. */
    private static List<String> words(String text, boolean arabic) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{M}]+")) {
            if (w.codePointCount(0, w.length()) >= 2
                    && (Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.ARABIC) == arabic) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Positive evidence for the guess against a language of the same script: Sorani and Kurmanji guesses need it
     * already (their letters or words); Arabic over Sorani needs an Arabic function word, English over Kurmanji an
     * English one.
     */
    private static boolean markedAs(String guess, List<String> words) {
        return switch (guess) {
            case Languages.ARABIC -> words.stream().map(TextFolding::fold)
                    .anyMatch(w -> LanguageGuesser.ARABIC_WORDS.contains(w) || w.length() > 3 && w.startsWith("ال"));
            case Languages.ENGLISH -> words.stream().map(w -> w.toLowerCase(Locale.ROOT))
                    .anyMatch(LanguageGuesser.ENGLISH::contains);
            default -> true;
        };
    }
}
