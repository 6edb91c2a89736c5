package org.nura.knowledge.control;

import org.apache.lucene.analysis.TokenStream;

/**
 * Light Kurmanji stemming for folded (ASCII) Latin-script tokens: strips the ezafe, indefinite and oblique plural
 * endings (şîfreya → sifre, pakêtan → paket). Hand-written because Lucene ships no Kurmanji stemmer; it runs on
 * {@link TextFolding folded} text, so ê î û ç ş are already e i u c s.
 */
public final class KurmanjiLightStemFilter extends LightStemFilter {

    /** Longest first, so "eke" wins over "e"; a stem keeps at least three letters to protect short roots. */
    private static final String[] SUFFIXES = {"yen", "eke", "eki", "ya", "ye", "en", "ek", "an", "e", "a"};
    private static final int MIN_STEM = 3;

    public KurmanjiLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    int stemLength(char[] s, int len) {
        return stem(s, len);
    }

    /** The length of the stem of the first {@code len} chars of {@code s}. */
    static int stem(char[] s, int len) {
        if (!isLetters(s, len)) {
            return len;
        }
        for (String suffix : SUFFIXES) {
            if (len - suffix.length() >= MIN_STEM && endsWith(s, len, suffix)) {
                return len - suffix.length();
            }
        }
        return len;
    }

    private static boolean isLetters(char[] s, int len) {
        for (int i = 0; i < len; i++) {
            if (s[i] < 'a' || s[i] > 'z') {
                return false;
            }
        }
        return true;
    }
}
