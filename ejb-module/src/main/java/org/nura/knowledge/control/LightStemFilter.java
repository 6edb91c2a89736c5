package org.nura.knowledge.control;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A token filter that shortens each term to its stem in place; subclasses say how long the stem is. */
abstract class LightStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public final boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        term.setLength(stemLength(term.buffer(), term.length()));
        return true;
    }

    /** The length of the stem of the first {@code len} chars of {@code s}. */
    abstract int stemLength(char[] s, int len);

    /** Whether the first {@code len} chars of {@code s} end with {@code suffix}. */
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
