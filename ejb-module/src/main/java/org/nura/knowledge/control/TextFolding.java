package org.nura.knowledge.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way NURA brings a customer's spelling to a canonical form before matching words: used by the lexicon of
 * concepts, the phrase rules, sentiment and every Lucene analysis chain, so a word that matches in one matches in all.
 * Customers write Arabic with or without hamza seats and diacritics, on Arabic, Persian or Kurdish keyboards, Sorani
 * Kurdish on Kurdish or Arabic keyboards, and Kurmanji with or without its accented letters; each fold below removes
 * one such difference and says why.
 *
 * <p>Sorani: its own letters are folded onto the Arabic letter typed for them on an Arabic keyboard (ە→ه, ێ→ي,
 * ۆ→و, ڕ→ر, ڵ→ل, ڤ→ف, پ→ب, چ→ج, ژ→ز, گ→ك), so a Sorani word matches however it was typed. Arabic text never
 * contains them, so Arabic matching is unchanged; Sorani loses the ە/ه and ێ/ی contrasts, which only separate a few
 * word pairs and which half its writers do not type anyway. The language guess reads the unfolded letters.
 */
public final class TextFolding {

    /** Combining marks after canonical decomposition: harakat, shadda, superscript alef, hamza seats, Latin accents. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolding() {
    }

    /**
     * The text with every letter folded, punctuation and spacing kept (so tokenizers still see sentence structure).
     * Canonical decomposition splits أ إ آ ؤ ئ into a base letter and a hamza/madda mark and ç ş ê î û into a Latin
     * letter and an accent; dropping the marks folds them all at once, together with the optional short vowels.
     */
    public static String fold(String text) {
        // lower case first: the dotted capital İ lower-cases to i plus a combining dot, which the marks step drops
        String lower = (text == null ? "" : text).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = letter(bare.charAt(i));
            if (c != 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The folded words of a text joined by single spaces: what whole-word and phrase matching compare. */
    public static String words(String text) {
        return SEPARATORS.matcher(fold(text)).replaceAll(" ").strip();
    }

    /** One character's canonical form, or 0 to drop it. */
    private static char letter(char c) {
        return switch (c) {
            // alef wasla has no decomposition; it is written for the same alef as ا
            case 'ٱ' -> 'ا';
            // ta marbuta is written and typed as ha at the end of a word ("باقة" / "باقه")
            case 'ة' -> 'ه';
            // alef maqsura and ya are swapped freely at the end of a word ("شكوى" / "شكوي")
            case 'ى' -> 'ي';
            // tatweel only stretches a word for looks
            case 'ـ' -> 0;
            // Persian and Kurdish keyboards type their own keheh, yeh and heh for the same Arabic letters (ۀ and ۂ
            // reach here as ە and ہ once their hamza mark is gone)
            case 'ک' -> 'ك';
            case 'ی' -> 'ي';
            case 'ە', 'ھ', 'ہ' -> 'ه';
            // Sorani letters an Arabic keyboard lacks, as typed on one (Iraqi Arabic's گ چ fold the same way)
            case 'ێ' -> 'ي';
            case 'ۆ' -> 'و';
            case 'ڕ' -> 'ر';
            case 'ڵ' -> 'ل';
            case 'ڤ' -> 'ف';
            case 'پ' -> 'ب';
            case 'چ' -> 'ج';
            case 'ژ' -> 'ز';
            case 'گ' -> 'ك';
            // Turkish keyboards (used for Kurmanji) give a dotless i
            case 'ı' -> 'i';
            default -> digit(c);
        };
    }

    /** Arabic-Indic and Persian digits as ASCII digits: "٤٥٠٠" and "4500" are the same price. */
    private static char digit(char c) {
        if (c >= '٠' && c <= '٩') {
            return (char) ('0' + c - '٠');
        }
        if (c >= '۰' && c <= '۹') {
            return (char) ('0' + c - '۰');
        }
        return c;
    }
}
