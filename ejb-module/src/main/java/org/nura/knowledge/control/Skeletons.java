package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Arabic-script and Arabizi words in one shared Latin alphabet: Arabizi "ktir", "ba6i2", "rased" meet Arabic
 * "كتير", "بطيء", "رصيد". The consonant skeleton drops vowels, hamza and its dialect stand-ins (ق, 2, q) and folds
 * the letters customers swap (ط/ت, ص/س, ض/د, ذ/ز/ظ, ح/ه); doubled letters collapse. The vowel form keeps long vowels
 * (ا a, ي i, و u) and Arabizi's written vowels beside the same consonants, to choose among words of one skeleton.
 */
final class Skeletons {

    private Skeletons() {
    }

    /** Skeletons of the Arabic-script words of a text and, when it looks like Arabizi, of its Latin words. */
    static List<String> of(String text) {
        return of(text, TextAnalysis.terms(TextAnalysis.AR, text));
    }

    /** The same with the text's Arabic-chain terms already made. */
    static List<String> of(String text, List<String> arabicTerms) {
        List<String> out = new ArrayList<>();
        for (String stem : arabicTerms) {
            if (!stem.isEmpty() && stem.charAt(0) >= '\u0600' && stem.charAt(0) <= '\u06FF') {
                add(out, arabic(stem));
            }
        }
        if (LanguageGuesser.looksArabizi(text)) {
            for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
                if (!w.isEmpty() && !LanguageGuesser.MEASURE.matcher(w).matches()) {
                    add(out, latin(w));
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String skeleton) {
        if (skeleton.length() >= 2) {
            out.add(skeleton);
        }
    }

    static String arabic(String word) {
        return arabic(word, false);
    }

    static String latin(String word) {
        return latin(word, false);
    }

    /** The Arabic word's consonants, and with {@code vowels} its long vowels and final ta marbuta as a, i, u. */
    static String arabic(String word, boolean vowels) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean last = i == word.length() - 1;
            String m = switch (c) {
                case 'ب' -> "b";
                case 'ت', 'ط', 'ث' -> "t";
                case 'ج' -> "j";
                case 'ح', 'ه' -> last && c == 'ه' ? (vowels ? "a" : "") : "h";
                case 'خ' -> "x";
                case 'د', 'ض' -> "d";
                case 'ذ', 'ز', 'ظ' -> "z";
                case 'ر' -> "r";
                case 'س', 'ص' -> "s";
                case 'ش' -> "c";
                case 'ع' -> "e";
                case 'غ' -> "g";
                case 'ف' -> "f";
                case 'ك' -> "k";
                case 'ل' -> "l";
                case 'م' -> "m";
                case 'ن' -> "n";
                case 'ا', 'ى' -> vowels ? "a" : "";
                case 'ي' -> vowels ? "i" : "";
                case 'و' -> vowels ? "u" : "";
                default -> ""; // ء ئ ؤ ق and anything else: hamza and its dialect stand-ins
            };
            append(s, m);
        }
        return s.toString();
    }

    /** The Arabizi word's consonants, and with {@code vowels} its vowels as a, i (e, i, y) and u (o, u, w). */
    static String latin(String word, boolean vowels) {
        String w = word.replace("'", "");
        if (w.length() > 4 && (w.startsWith("el") || w.startsWith("al"))) {
            w = w.substring(2);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char n = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            String m = digraph(c, n);
            if (m != null) {
                i++;
            } else {
                m = letter(c, i == w.length() - 1, vowels);
            }
            append(s, m);
        }
        return s.toString();
    }

    /** sh, ch → c (ش), kh → x (خ), gh → g (غ), th → t (ث), dh → z (ذ); null when not a digraph. */
    private static String digraph(char c, char n) {
        if (n != 'h') {
            return null;
        }
        return switch (c) {
            case 's', 'c' -> "c";
            case 'k' -> "x";
            case 'g' -> "g";
            case 't' -> "t";
            case 'd' -> "z";
            default -> null;
        };
    }

    private static String letter(char c, boolean last, boolean vowels) {
        return switch (c) {
            case 'b', 'p' -> "b";
            case 't', '6' -> "t";
            case 'j' -> "j";
            case '7', 'h' -> last && c == 'h' ? "" : "h";
            case '5', 'x' -> "x";
            case 'd' -> "d";
            case 'z' -> "z";
            case 'r' -> "r";
            case 's', '9' -> "s";
            case '3' -> "e";
            case 'g', '8' -> "g";
            case 'f', 'v' -> "f";
            case 'k', 'c' -> "k";
            case 'l' -> "l";
            case 'm' -> "m";
            case 'n' -> "n";
            case 'a' -> vowels ? "a" : "";
            case 'e', 'i', 'y' -> vowels ? "i" : "";
            case 'o', 'u', 'w' -> vowels ? "u" : "";
            default -> ""; // q and 2 (hamza / dialect qaf)
        };
    }

    private static void append(StringBuilder s, String m) {
        if (!m.isEmpty() && (s.length() == 0 || s.charAt(s.length() - 1) != m.charAt(0))) {
            s.append(m);
        }
    }
}
