package org.nura.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;
import org.nura.knowledge.control.Languages;

/**
 * Tells Arabic, Kurmanji Kurdish and English apart when the client did not say: Arabic script is Arabic; Latin
 * script is Kurmanji when it carries Kurmanji letters (ç ş ê î û) or more Kurmanji than English words.
 */
@ApplicationScoped
public class LanguageDetector {

    private static final Set<String> KURMANJI = Set.of("ez", "min", "te", "tu", "we", "çawa", "cawa", "çi", "ci",
            "heye", "nîne", "nine", "dixwazim", "dikarim", "nikarim", "bikim", "bike", "spas", "silav", "slav", "ji",
            "bo", "û", "li", "ser", "jî", "kengî", "kanî", "kani", "pirsgirêk", "pirsgirek", "hêdî", "hedi",
            "înternet", "karmend", "alîkarî", "alikari", "baş", "bas", "zor", "gelek", "xêr", "rojbaş", "merheba");
    private static final Set<String> ENGLISH = Set.of("the", "is", "are", "my", "i", "what", "how", "can", "you",
            "to", "a", "an", "not", "please", "hello", "hi", "thanks", "thank", "do", "does", "why", "when", "where",
            "it", "me", "with", "for", "of", "and", "internet", "slow", "want", "need", "help", "agent", "human");

    /** The language of {@code text}, or {@code fallback} when the text has no letters to judge by. */
    public String detect(String text, String fallback) {
        int arabic = 0;
        int latin = 0;
        boolean kurmanjiLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC && Character.isLetter(c)) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                latin++;
                kurmanjiLetter |= "çşêîûÇŞÊÎÛ".indexOf(c) >= 0;
            }
        }
        if (arabic == 0 && latin == 0) {
            return Languages.supported(fallback) ? fallback : Languages.ARABIC;
        }
        if (arabic >= latin) {
            return Languages.ARABIC;
        }
        return kurmanjiLetter || kurmanjiWordsWin(text) ? Languages.KURDISH : Languages.ENGLISH;
    }

    private static boolean kurmanjiWordsWin(String text) {
        int kurmanji = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (KURMANJI.contains(word)) {
                kurmanji++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return kurmanji > english;
    }
}
