package org.nura.knowledge.control;

import org.apache.lucene.analysis.TokenStream;

/**
 * Light Sorani stemming for {@link TextFolding folded} Arabic-script tokens: strips the postpositions -ەوە/-دا, then
 * one ending of the definite (-ەکە, -ەکان), indefinite (-ێک, -یەک after a vowel), plural (-ان), possessive (-م, -مان, -تان, -یان),
 * ezafe (-ی) or copula (-ە, -یە): ئینتەرنێتەکەم → ئينتهرنيت, پاکێجەکان → باكيج, بەیانییەوە → بهياني. Written
 * by hand because Lucene's SoraniStemFilter expects the Sorani letters (ە, ێ) that the one fold maps away.
 */
public final class SoraniLightStemFilter extends LightStemFilter {

    /** -ەوە and -دا follow every other ending, so they come off first. */
    private static final String[] POSTPOSITIONS = {"هوه", "دا"};
    /**
     * Folded endings, longest first (ە is ه, ێ and ی are ي). Those starting with ك are the definite after a vowel
     * (ڤیدیۆکە) and only come off a stem ending in ا و ي, as does the indefinite -یەک (سکاڵایەک); the one-letter
     * ones leave at least three letters.
     */
    private static final String[] SUFFIXES = {"هكانمان", "هكانتان", "هكانيان", "هكهمان", "هكهتان", "هكهيان",
        "يهكانم", "يهكاني", "يهكان", "يهكهم", "يهكهي", "يهكه", "هكانم", "هكانت", "هكاني", "هكان", "هكهم", "هكهت",
        "هكهي", "هكه", "كانم", "كاني", "كان", "كهم", "كهي", "كه", "يهكي", "يهك", "يكي", "يك", "مان", "تان", "يان",
        "انه", "ان", "يه",
        "ه", "ي", "م"};
    private static final int MIN_STEM = 3;

    public SoraniLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    int stemLength(char[] s, int len) {
        return stem(s, len);
    }

    /** The stem of a folded word (unchanged when it is not in Arabic script). */
    static String stem(String word) {
        return word.substring(0, stem(word.toCharArray(), word.length()));
    }

    /** The length of the stem of the first {@code len} chars of {@code s}. */
    static int stem(char[] s, int len) {
        if (len == 0 || s[0] < '\u0600' || s[0] > '\u06FF') {
            return len;
        }
        int n = strip(s, len, POSTPOSITIONS);
        return strip(s, n, SUFFIXES);
    }

    private static int strip(char[] s, int len, String[] suffixes) {
        for (String suffix : suffixes) {
            int stem = len - suffix.length();
            if (stem >= MIN_STEM && endsWith(s, len, suffix)
                    && (!afterVowelOnly(suffix) || isVowel(s[stem - 1]))) {
                return stem;
            }
        }
        return len;
    }

    private static boolean afterVowelOnly(String suffix) {
        return suffix.charAt(0) == 'ك' || suffix.equals("يهك") || suffix.equals("يهكي");
    }

    private static boolean isVowel(char c) {
        return c == 'ا' || c == 'و' || c == 'ي';
    }
}
