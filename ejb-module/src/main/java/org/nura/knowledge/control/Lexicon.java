package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-lingual concepts of the telecom domain: the words customers write for product names and support terms in
 * Arabic script (MSA and dialect), Sorani, Arabizi, Kurmanji and English ({@link ConceptWords}), each found in a
 * message as one concept token. A concept found in a message is evidence in every language at once, which is what the
 * few per-language example phrases cannot give. Whether the concepts ask about something not ours: {@link NotOurs}.
 *
 * <p>Pattern forms, all matched on {@link TextFolding#words folded} words: a Latin pattern is a word prefix
 * ({@code "complain"} matches "complaints") unless it ends in {@code $} (whole word); an Arabic pattern is a whole
 * word after stripping common clitics ({@code "رصيد"} matches "برصيدي", "الرصيد", not "رصيدان"...) or a Sorani
 * word's endings ({@link SoraniLightStemFilter}: "باڵانسەکەم" is "باڵانس"); a pattern with a
 * space is a phrase whose last word is a prefix.
 */
final class Lexicon {

    private static final String[] ARABIC_PREFIXES = {"وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب",
        "ل", "ع"};
    private static final Set<String> ARABIC_SUFFIXES = Set.of("", "ي", "ك", "ه", "ها", "نا", "كم", "كن", "هم", "ات",
            "ين", "ون", "ا", "تي", "تك", "ته", "تنا");

    /** The longest suffix: a word part longer than this is no suffix, whatever the word's length. */
    private static final int MAX_SUFFIX = ARABIC_SUFFIXES.stream().mapToInt(String::length).max().orElse(0);

    /** {@code sorani}: written with Sorani letters, so also matched by its stem (ناوچە in ناوچەکەم). */
    private record Entry(String concept, String[] words, boolean exact, boolean sorani) {
    }

    /** Letters only Sorani (and Persian) keyboards type; Arabic patterns here never contain them. */
    private static final java.util.regex.Pattern SORANI_LETTERS = java.util.regex.Pattern.compile("[ەێۆڕڵڤپچژگیک]");
    private static final List<Entry> ENTRIES = entries();
    /** Single-word patterns by the word they must equal (Latin, and Arabic once clitics are off). */
    private static final Map<String, List<String>> WHOLE = new java.util.HashMap<>();
    /**
     * Sorani single-word patterns by their stem, for Sorani messages only: a stem is often an Arabic word of its own
     * (بنکە "centre" → بنك "bank"), and Arabic messages, and the Arabic reading of Arabizi, must not meet it.
     */
    private static final Map<String, List<String>> SORANI_STEMS = new java.util.HashMap<>();
    /** Single-word Latin prefix patterns by the prefix. */
    private static final Map<String, List<String>> PREFIX = new java.util.HashMap<>();
    /** The longest prefix pattern: longer beginnings of a word cannot match, so a 30,000-letter word costs no more. */
    private static final int MAX_PREFIX;
    /** Phrases, matched the slow way; there are few. */
    private static final List<Entry> PHRASES = new ArrayList<>();

    static {
        for (Entry e : ENTRIES) {
            if (e.words().length > 1) {
                PHRASES.add(e);
                continue;
            }
            String w = e.words()[0];
            WHOLE.computeIfAbsent(w, k -> new ArrayList<>()).add(e.concept());
            // a Sorani message's word is looked up by its stem, which drops the pattern's own final -ە too
            if (e.sorani() && !SoraniLightStemFilter.stem(w).equals(w)) {
                SORANI_STEMS.computeIfAbsent(SoraniLightStemFilter.stem(w), k -> new ArrayList<>()).add(e.concept());
            }
            if (!isArabic(w) && !e.exact() && w.length() >= 3) {
                PREFIX.computeIfAbsent(w, k -> new ArrayList<>()).add(e.concept());
            }
        }
        MAX_PREFIX = PREFIX.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private Lexicon() {
    }

    private static List<Entry> entries() {
        List<Entry> list = new ArrayList<>();
        ConceptWords.all().entrySet().forEach(e -> {
            for (String p : e.getValue()) {
                boolean exact = p.endsWith("$");
                String words = TextFolding.words(exact ? p.substring(0, p.length() - 1) : p);
                if (!words.isEmpty()) {
                    list.add(new Entry(e.getKey(), words.split(" "), exact, SORANI_LETTERS.matcher(p).find()));
                }
            }
        });
        return List.copyOf(list);
    }

    /**
     * The concepts a message mentions, in a stable order. Only a message {@link LanguageGuesser#soraniWins written in
     * Sorani} has its words read with Sorani endings off: the Sorani stemmer takes -ی, -ە, -م, -ان off Arabic words
     * too, and their stems then met Sorani patterns.
     */
    static Set<String> concepts(String text) {
        String[] words = TextFolding.words(text).split(" ");
        // the letter count first: a Latin message is never Sorani, and its words need no folding to know it
        boolean sorani = Languages.SORANI.equals(LanguageGuesser.guess(text));
        Set<String> found = new java.util.TreeSet<>();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (isArabic(word)) {
                for (String prefix : ARABIC_PREFIXES) {
                    if (word.startsWith(prefix)) {
                        bases(word.substring(prefix.length()), found);
                    }
                }
                bases(word, found);
                if (sorani) {
                    String stem = SoraniLightStemFilter.stem(word);
                    bases(stem, found);
                    addAll(SORANI_STEMS.get(stem), found);
                }
            } else {
                latin(word, found);
                String spelled = LanguageGuesser.arabiziSpelling(word);
                if (!spelled.equals(word)) {
                    latin(spelled, found);
                }
            }
        }
        for (Entry e : PHRASES) {
            if (!found.contains(e.concept()) && occurs(words, e)) {
                found.add(e.concept());
            }
        }
        NotOurs.settle(found);
        return found;
    }

    /** Concepts of a Latin word: the word itself, or one of its prefixes. */
    private static void latin(String word, Set<String> found) {
        addAll(WHOLE.get(word), found);
        // no prefix is longer than MAX_PREFIX: looking further made a long word cost its length squared
        for (int n = 3; n < Math.min(word.length(), MAX_PREFIX + 1); n++) {
            addAll(PREFIX.get(word.substring(0, n)), found);
        }
    }

    /** Concepts of an Arabic word without its prefix: the word itself or less one allowed suffix. */
    private static void bases(String w, Set<String> found) {
        for (String suffix : ARABIC_SUFFIXES) {
            if (w.endsWith(suffix) && w.length() > suffix.length()) {
                addAll(WHOLE.get(w.substring(0, w.length() - suffix.length())), found);
            }
        }
    }

    private static void addAll(List<String> concepts, Set<String> found) {
        if (concepts != null) {
            found.addAll(concepts);
        }
    }

    /** The message with one token per concept appended, for indexes that only see text. */
    static String expand(String text) {
        return expand(text, concepts(text));
    }

    /** The same with the text's concepts already found. */
    static String expand(String text, Set<String> c) {
        if (c.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text == null ? "" : text);
        c.forEach(k -> out.append(" zzc").append(k));
        return out.toString();
    }

    private static boolean occurs(String[] words, Entry e) {
        String[] p = e.words();
        for (int i = 0; i + p.length <= words.length; i++) {
            boolean all = true;
            for (int j = 0; j < p.length && all; j++) {
                boolean last = j == p.length - 1;
                all = matches(words[i + j], p[j], !last || e.exact(), j == 0);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, String pattern, boolean exact, boolean first) {
        if (word.equals(pattern)) {
            return true;
        }
        if (isArabic(pattern)) {
            for (String prefix : first ? ARABIC_PREFIXES : new String[] {"ال"}) {
                String w = word.startsWith(prefix) ? word.substring(prefix.length()) : word;
                if (endsInSuffix(w, pattern)) {
                    return true;
                }
            }
            return endsInSuffix(word, pattern);
        }
        return !exact && pattern.length() >= 3 && word.startsWith(pattern);
    }

    /** The word is the pattern plus an allowed suffix; checked without copying the rest of a long word. */
    private static boolean endsInSuffix(String word, String pattern) {
        return word.startsWith(pattern) && word.length() - pattern.length() <= MAX_SUFFIX
                && ARABIC_SUFFIXES.contains(word.substring(pattern.length()));
    }

    private static boolean isArabic(String s) {
        return !s.isEmpty() && s.charAt(0) >= '\u0600' && s.charAt(0) <= '\u06FF';
    }
}
