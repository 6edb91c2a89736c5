package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences of a message that may carry its question: a long message tells a story around one question, so it is
 * split at sentence ends and the sentences that are only pleasantries (greetings, thanks, "can you help me") dropped.
 */
final class Sentences {

    /**
     * Sentence ends, kept with their sentence: after ! ? ؟ ؛ and line breaks, and after a full stop before a space
     * (not the dot of "1.5" or "rcell.me").
     */
    private static final Pattern END = Pattern.compile("(?<=[!?؟؛\\n])(?![!?؟؛\\n])|(?<=\\.)(?=\\s)");
    /**
     * Pleasantries as {@link TextFolding#words folded} words, removed longest first ("thanks in advance" before
     * "thanks"): a sentence is a pleasantry when nothing but these phrases and filler is left in it. Arabic, Sorani
     * (folded: ە is ه), Kurmanji, English, Arabizi; asking what to do ("what should I do?") counts as one.
     */
    private static final List<String> PLEASANTRIES = longestFirst("السلام عليكم ورحمه الله وبركاته",
            "السلام عليكم ورحمه الله", "السلام عليكم", "الله يعطيكم العافيه", "الله يعطيك العافيه", "يعطيكم العافيه",
            "صباح الخير", "مساء الخير", "مرحبا", "اهلا", "اهلين", "هلا", "هلو", "هاي", "شكرا", "مشكورين", "ممنونكم",
            "شكرا سلفا", "ممكن تساعدوني", "ممكن تساعدني", "عندي سؤال", "لو سمحت", "لو سمحتو", "من فضلك", "يا جماعه",
            "يا شباب", "كيفكم", "كيفك", "سلاو", "روزباش", "روز باش", "سوباس", "تكايه", "silav", "rojbas", "roj bas",
            "merheba", "spas", "ji kerema xwe", "hello", "hi", "hey", "hi there", "good morning", "good evening",
            "good afternoon", "thanks", "thank you", "thanks a lot", "thanks in advance", "please", "quick question",
            "i have a question", "can you help me", "hope you are well", "hope you re all doing well", "marhaba",
            "kifak", "kifkon", "salam", "shukran", "merci", "yslmo",
            // asking what to do says nothing of what about: the story around it does
            "what should i do", "what can i do", "what do i do", "what do i need to do", "please help", "help me",
            "ماذا افعل", "ماذا يجب ان افعل", "شو لازم اعمل", "شو اعمل", "شو بعمل", "شنو اسوي", "شسوي", "شو الحل",
            "ما الحل", "جي بكهم", "ئيستا جي بكهم", "ez ci bikim", "ci bikim", "shu a3mel", "shu lazem a3mel");

    private static List<String> longestFirst(String... phrases) {
        return java.util.Arrays.stream(phrases).sorted((a, b) -> b.length() - a.length()).toList();
    }
    private static final Set<String> FILLER = Set.of("و", "يا", "جزيلا", "كتير", "زور", "and", "so", "much", "very",
            "all", "there", "everyone", "guys", "w", "ya", "ktir", "zor", "gelek");

    private Sentences() {
    }

    /** The sentences of {@code text} that are not only pleasantries, in order; at least the text itself. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String s : END.split(text == null ? "" : text)) {
            String words = TextFolding.words(s);
            if (!words.isEmpty() && !pleasantry(words)) {
                out.add(s.strip());
            }
        }
        return out.isEmpty() ? List.of(text == null ? "" : text) : out;
    }

    /** Whether a sentence is put as a question: it ends in a question mark. */
    static boolean question(String sentence) {
        String s = sentence.strip();
        return s.endsWith("?") || s.endsWith("؟");
    }

    /** True when the folded words hold nothing but pleasantries and filler. */
    static boolean pleasantry(String words) {
        String rest = " " + words + " ";
        for (String p : PLEASANTRIES) {
            rest = rest.replace(" " + p + " ", " ");
        }
        for (String w : rest.strip().split(" ")) {
            if (!w.isEmpty() && !FILLER.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
