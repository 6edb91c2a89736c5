package org.nura.knowledge.control;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Light Kurmanji stemming for folded (ASCII) Latin-script tokens: strips the ezafe, indefinite and oblique plural
 * endings (şîfreya → sifre, pakêtan → paket). Hand-written because Lucene ships no Kurmanji stemmer; it runs on
 * {@link TextFolding folded} text, so ê î û ç ş are already e i u c s.
 */
public final class KurmanjiLightStemFilter extends TokenFilter {

    /** Longest first, so "eke" wins over "e"; a stem keeps at least three letters to protect short roots. */
    private static final String[] SUFFIXES = {"yen", "eke", "eki", "ya", "ye", "en", "ek", "an", "e", "a"};
    private static final int MIN_STEM = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public KurmanjiLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        term.setLength(stem(term.buffer(), term.length()));
        return true;
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

    /** Whether the first {@code len} chars of {@code s} end with {@code suffix} (also used by the Sorani stemmer). */
    static boolean endsWith(char[] s, int len, String suffix) {
        int start = len - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (s[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
