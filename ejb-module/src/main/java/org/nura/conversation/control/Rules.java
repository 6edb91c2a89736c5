package org.nura.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.nura.knowledge.control.TextFolding;

/**
 * The first answer tier: greetings and thanks on their own, and explicit requests for a human, in Arabic, Kurmanji,
 * English and Sorani (as folded: ە is ه). A greeting followed by a question is not a greeting, so that the question gets answered.
 */
@ApplicationScoped
public class Rules {

    /** What a rule recognised. */
    public enum Kind { GREETING, THANKS, HUMAN_REQUEST }

    private static final List<String> GREETINGS = List.of("السلام عليكم", "سلام عليكم", "مرحبا", "مرحبتين", "اهلا",
            "اهلين", "هلا", "هاي", "صباح الخير", "مساء الخير", "silav", "slav", "roj bas", "rojbas", "merheba",
            "evar bas", "sev bas", "سلاو", "روزباش", "روز باش", "ئيواره باش", "hello", "hi", "hey", "good morning", "good evening", "good afternoon");
    private static final List<String> THANKS = List.of("شكرا", "مشكور", "مشكورين", "يعطيك العافيه", "تسلم", "ممنون",
            "الله يعطيك العافيه", "spas", "sipas", "spas dikim", "destxwes", "سوباس", "دهستت خوش", "thanks", "thank you", "thx", "ty");
    private static final List<String> FILLER = List.of("جزيلا", "كتير", "كثيرا", "كثير", "لك", "لكم", "يا", "نورا",
            "و", "زور", "zor", "gelek", "ji", "te", "re", "a lot", "so much", "very much", "you", "there", "all", "nura",
            "everyone", "and");
    private static final List<String> HUMAN = List.of("موظف", "انسان", "شخص حقيقي", "ممثل خدمه", "مندوب", "بشري",
            "كلمني حدا", "احكي مع حدا", "karmend", "karmendek", "karmendeki", "mirov", "nuner", "operator",
            "kesek re biaxivim", "كارمهنديك", "مروفيك", "نوينهريك", "human", "real person", "representative", "an agent", "to agent", "live agent",
            "human agent", "real agent", "support agent", "agent please", "speak to someone", "talk to someone",
            "customer service rep");

    public Optional<Kind> match(String message) {
        String text = " " + TextFolding.words(message) + " ";
        if (containsAny(text, HUMAN)) {
            return Optional.of(Kind.HUMAN_REQUEST);
        }
        if (onlyPhrases(text, GREETINGS)) {
            return Optional.of(Kind.GREETING);
        }
        if (onlyPhrases(text, THANKS)) {
            return Optional.of(Kind.THANKS);
        }
        return Optional.empty();
    }

    private static boolean containsAny(String text, List<String> phrases) {
        return phrases.stream().anyMatch(p -> text.contains(" " + p + " "));
    }

    /** True when the text holds at least one of the phrases and nothing but them and filler words. */
    private static boolean onlyPhrases(String text, List<String> phrases) {
        String rest = text;
        boolean found = false;
        for (String phrase : phrases.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            String before = rest;
            rest = remove(rest, phrase);
            found |= !before.equals(rest);
        }
        for (String filler : FILLER) {
            rest = remove(rest, filler);
        }
        return found && rest.isBlank();
    }

    /** Removes every whole-word occurrence, also repeated ones ("hi hi") whose spaces overlap. */
    private static String remove(String text, String phrase) {
        String result = text;
        while (result.contains(" " + phrase + " ")) {
            result = result.replace(" " + phrase + " ", " ");
        }
        return result;
    }
}
