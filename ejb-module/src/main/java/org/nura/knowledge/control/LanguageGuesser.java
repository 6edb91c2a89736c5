package org.nura.knowledge.control;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one guess at the language of a short text, used by the on-box model (which index field, which training
 * chain) and by the pipeline (which language to reply in when the client did not say).
 *
 * <p>The rule, in order: no Arabic or Latin letters at all → nothing to judge by (Arabic, or the caller's
 * fallback); more Arabic-script letters than Latin ones, <b>or as many</b> → Arabic script (the tie goes to it
 * because Arabic is the tenant's first language and a message split evenly is an Arabic one naming a Latin product,
 * "نت 4G"), which is Sorani when its words say so ({@link #soraniWins}) and Arabic otherwise;
 * Latin text with a Kurmanji letter (ç ş ê î û) → Kurmanji; Latin text that looks like Arabizi → {@link #ARABIZI};
 * more Kurmanji than English function words → Kurmanji; otherwise English. Arabizi is checked before the Kurmanji
 * words because its markers (letter digits, dialect words) are distinctive while short Kurmanji words ("min",
 * "bas") are Arabizi words too.
 */
public final class LanguageGuesser {

    /** Arabic written in Latin letters and digits ("shu el 7al"): a guess of its own, no reply language. */
    public static final String ARABIZI = "ar-latn";

    private static final String KURMANJI_LETTERS = "çşêîûÇŞÊÎÛ";
    /** Letters of Sorani that Arabic never writes (گ چ پ ژ are left out: Iraqi Arabic and Persian use them too). */
    private static final String SORANI_LETTERS = "ێۆڕڵە";
    /**
     * Common Sorani words as {@link TextFolding#words folded} (so also as typed on an Arabic keyboard, ە as ه, ێ as
     * ي): question words, "I want", "I can('t)", "there is (not)", "please", "thanks", "but", "with", "now".
     */
    private static final Set<String> SORANI_WORDS = Set.of("جون", "بوجي", "جييه", "جيه", "كهي", "كوي", "جهند",
            "جهنده", "دهمهويت", "دهمهوي", "ناتوانم", "دهتوانم", "دهتوانن", "ههيه", "نييه", "نيه", "زور", "بو", "لهكهل",
            "تكايه", "سوباس", "سلاو", "بهلام", "ئيستا", "ئيوه", "ئيمه", "ئهم", "ئهو", "ئهمه", "ئايا", "بهبي", "كه",
            "دهكهم", "بكهم", "بكه", "دهكات", "دهبيت", "ناكات", "ناكريت", "ههموو", "هيشتا", "جونه", "باشه");
    /** Sorani inflections no Arabic word ends in (folded): the definite -ەکە/-ەکان, the postposition -ەوە. */
    private static final Pattern SORANI_ENDING = Pattern.compile(".+(هكه|هكهم|هكهت|هكان|هكانم|هكانتان|يهكه|يهكان|هوه)");
    /** Arabic function words (folded) and the article ال: what a Sorani text does not contain. */
    static final Set<String> ARABIC_WORDS = Set.of("في", "على", "عن", "الى", "هل", "ما", "لا", "كيف",
            "شو", "ليش", "لماذا", "انا", "عندي", "هذا", "هذه", "مع", "بس", "اللي", "الذي", "ممكن", "بدي", "اريد", "ابي",
            "شنو", "وين", "متى", "كم", "قديش", "شكد", "لو", "يا", "عم", "ولا", "انو", "انه", "او", "عندكم", "مو", "مش");
    private static final Set<String> KURMANJI = Set.of("ez", "min", "te", "tu", "we", "çawa", "cawa", "çi", "ci",
            "heye", "nîne", "nine", "dixwazim", "dikarim", "nikarim", "bikim", "bike", "spas", "silav", "slav", "ji",
            "bo", "û", "li", "ser", "jî", "kengî", "kanî", "kani", "pirsgirêk", "pirsgirek", "hêdî", "hedi",
            "înternet", "karmend", "alîkarî", "alikari", "baş", "bas", "zor", "gelek", "xêr", "rojbaş", "merheba",
            "çima", "cima", "naxebite", "dixebite", "nabe", "dibe", "bû", "bu", "hûn", "hun", "xwe", "pir");
    static final Set<String> ENGLISH = Set.of("the", "is", "are", "my", "i", "what", "how", "can", "you",
            "to", "a", "an", "not", "please", "hello", "hi", "thanks", "thank", "do", "does", "why", "when", "where",
            "it", "me", "with", "for", "of", "and", "internet", "slow", "want", "need", "help", "agent", "human");
    /** Dialect words customers type in Latin letters; ambiguous ones (ma, la, fi, w, el) only count half. */
    private static final Set<String> ARABIZI_WORDS = Set.of("shu", "sho", "shou", "chou", "kif", "keef", "keif",
            "kifak", "bade", "bde", "badi", "biddi", "baddi", "3am", "ktir", "kteer", "ma3", "mafi", "3al", "3la",
            "3ala", "lal", "ya3ni", "hayda", "hayde", "hada", "lesh", "leh", "leish", "leysh", "shlon", "shlonak",
            "shno", "shnu", "aku", "maku", "wen", "wein", "ween", "emta", "imta", "adesh", "2adesh", "addesh",
            "enta", "inte", "3ndi", "3andi", "3indi", "msh", "mish", "mush", "kaman", "hek", "heek", "shi", "yalla",
            "sama7t", "ba3d", "hala2", "halla2", "abgha", "wesh", "wsh", "3andkon", "3ndkon", "3andak", "3ndak",
            "mni7", "tayyeb", "ba3ref", "ba3rif", "ma3i", "3ndo", "shway", "shwaye", "hal2", "lissa", "baddo",
            "bado", "khalas", "5alas", "7abibi", "akhi", "ento", "ente", "ntu", "eza", "iza", "law", "agdar",
            "akdar", "shgad", "chgad", "hwaya", "kulish", "kilish", "malti", "ra7", "7a", "lazem", "ba3mel", "bsawi",
            "asawi", "aswi", "fiye", "fiyi", "mni", "7ada", "e7ki", "a7ki", "taba3", "tab3", "la2", "walla",
            "sa3at", "mawa3id", "sha7n", "ba2a", "ba2at", "rased", "rasid", "mnein", "mnin", "mnen", "shwakt",
            "shwakit", "shinu", "shenu", "eish", "3ashan", "3shan", "inta", "inti", "bidi", "bidna", "shlun");
    /** Also English words ("fee", "mesh"): they count only as written, never as the common spelling of a longer one. */
    private static final Set<String> ARABIZI_WEAK = Set.of("ma", "la", "fi", "fee", "w", "wa", "el",
            "al", "bas", "min", "mn", "3", "hal", "ya", "yaa", "o", "mesh");
    /** A stretched vowel ("laaa", "yaaa"): the customer stretched the word, so its common spelling may count. */
    private static final Pattern STRETCHED = Pattern.compile(".*([aeiou])\\1\\1.*");
    private static final Pattern ARABIZI_DIGIT_WORD = Pattern.compile("(?i)(?=.*[a-z])(?=.*[2356789])[a-z2356789']+");
    private static final Pattern DOUBLE_E = Pattern.compile("ee+");
    private static final Pattern DOUBLE_O = Pattern.compile("oo+");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");
    /** Numbers with units ("5g", "10gb", "3rd") are not Arabizi letter digits. */
    static final Pattern MEASURE = Pattern.compile("(?i)\\d+(g|gb|mb|kb|k|th|st|nd|rd|min|sec|sp|syp)?");

    private LanguageGuesser() {
    }

    /** The language of a text: ar, ckb, ku, en or {@link #ARABIZI}; Arabic when it has no letters to judge by. */
    public static String guess(String text) {
        String guess = byLetters(text);
        return guess == null ? Languages.ARABIC : guess;
    }

    /**
     * The language to reply in, one of {@link Languages#SUPPORTED}: the guess, with Arabizi read as English (those
     * customers chose Latin letters, and a handbook in Latin letters is English), or {@code fallback} (when
     * supported, else Arabic) for a text with no letters, such as "👍" or "123".
     */
    public static String supportedGuess(String text, String fallback) {
        String guess = byLetters(text);
        if (guess == null) {
            return Languages.supported(fallback) ? fallback : Languages.ARABIC;
        }
        return ARABIZI.equals(guess) ? Languages.ENGLISH : guess;
    }

    /** The rule of the class comment; null when the text has neither Arabic nor Latin letters. */
    static String byLetters(String text) {
        int arabic = 0;
        int latin = 0;
        boolean kurmanjiLetter = false;
        String t = text == null ? "" : text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
                kurmanjiLetter |= KURMANJI_LETTERS.indexOf(c) >= 0;
            }
        }
        if (arabic == 0 && latin == 0) {
            return null;
        }
        if (arabic >= latin) {
            return soraniWins(t) ? Languages.SORANI : Languages.ARABIC;
        }
        if (kurmanjiLetter) {
            return Languages.KURDISH;
        }
        if (looksArabizi(t)) {
            return ARABIZI;
        }
        return kurmanjiWordsWin(t) ? Languages.KURDISH : Languages.ENGLISH;
    }

    /**
     * An Arabizi word's common spelling: stretched vowels as one ("kteeer", "ktiiir" → "ktir"; "shoo" → "shu"), other
     * doubled letters single ("mwazzaf" → "mwazaf"). Customers stretch and double freely; the dictionary forms don't.
     */
    static String arabiziSpelling(String word) {
        String w = DOUBLE_E.matcher(word).replaceAll("i");
        w = DOUBLE_O.matcher(w).replaceAll("u");
        return DOUBLED.matcher(w).replaceAll("$1");
    }

    /**
     * Latin-letter Arabic: digits standing for letters (3 ع, 7 ح, 2 ء...) or dialect words, against the function words
     * of English and Kurmanji: with a distinctive word there must be fewer of those than twice the evidence ("my data
     * is all gone, la la" is English); words shared with them alone ("min", "bas", "ma") need fewer than the evidence ("li
     * mala min tor ne bas e" is Kurmanji typed without its letters). A weak word counts as written or stretched, not as the spelling
     * of an English word with a doubled letter ("all" is not "al").
     */
    static boolean looksArabizi(String text) {
        double score = 0;
        boolean distinctive = false;
        int other = 0;
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            String w = arabiziSpelling(raw);
            if (w.isEmpty() || MEASURE.matcher(w).matches()) {
                continue;
            }
            if (ARABIZI_DIGIT_WORD.matcher(w).matches() || ARABIZI_WORDS.contains(w) || ARABIZI_WORDS.contains(raw)) {
                score += 1;
                distinctive = true;
            } else if (ARABIZI_WEAK.contains(raw) || ARABIZI_WEAK.contains(w) && STRETCHED.matcher(raw).matches()) {
                score += 0.5;
            } else if (ENGLISH.contains(raw) || KURMANJI.contains(raw)) {
                other++;
            }
        }
        return score >= 1 && other < (distinctive ? 2 * score : score);
    }

    /**
     * Arabic-script text is Sorani when more of its words are Sorani (a Sorani-only letter, a common Sorani word or
     * inflection) than Arabic (a function word or the article ال); a tie stays Arabic.
     */
    static boolean soraniWins(String text) {
        int sorani = 0;
        int arabic = 0;
        for (String raw : text.split("[^\\p{L}\\p{M}]+")) {
            String w = TextFolding.fold(raw);
            if (w.isEmpty()) {
                continue;
            }
            if (hasAny(raw, SORANI_LETTERS) || SORANI_WORDS.contains(w) || SORANI_ENDING.matcher(w).matches()) {
                sorani++;
            } else if (ARABIC_WORDS.contains(w) || w.length() > 3 && w.startsWith("ال")) {
                arabic++;
            }
        }
        return sorani > arabic;
    }

    private static boolean hasAny(String word, String letters) {
        for (int i = 0; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean kurmanjiWordsWin(String text) {
        int kurmanji = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            kurmanji += KURMANJI.contains(word) ? 1 : 0;
            english += ENGLISH.contains(word) ? 1 : 0;
        }
        return kurmanji > english;
    }
}
