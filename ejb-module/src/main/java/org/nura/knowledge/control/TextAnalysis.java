package org.nura.knowledge.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Language-aware text analysis built from Lucene's filters: one index field per language plus the n-gram form. */
public final class TextAnalysis {

    /** Index fields, one per analysis chain; queries go to all of them because the language of a message is a guess. */
    public static final String AR = "ar";
    public static final String EN = "en";
    public static final String KU = "ku";
    public static final String CKB = "ckb";
    public static final List<String> FIELDS = List.of(AR, EN, KU, CKB);

    /*
     * Every chain reads the text through TextFolding first (lower case, hamza seats, diacritics, ta marbuta, alef
     * maqsura, Persian/Kurdish letters, Arabic-Indic digits, Latin accents), so the filters below only stem.
     */
    private static final Analyzer ARABIC = chain(ArabicStemFilter::new);
    private static final Analyzer ENGLISH = chain(s -> new PorterStemFilter(new StopFilter(
            new EnglishPossessiveFilter(s), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
    private static final Analyzer KURMANJI = chain(KurmanjiLightStemFilter::new);
    private static final Analyzer SORANI = chain(SoraniLightStemFilter::new);
    /** Folded surface words (no stemming) for character n-grams. */
    private static final Analyzer SURFACE = chain(s -> s);
    private static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(SURFACE,
            Map.of(AR, ARABIC, EN, ENGLISH, KU, KURMANJI, CKB, SORANI));

    private TextAnalysis() {
    }

    /** The analyzer to index with: field name selects the language chain. */
    public static Analyzer indexAnalyzer() {
        return PER_FIELD;
    }

    /** The terms of a text as the given field's chain produces them. */
    public static List<String> terms(String field, String text) {
        return tokens(PER_FIELD, field, text);
    }

    /** Folded words ({@link TextFolding}): the basis of the character n-grams. */
    public static List<String> surfaceWords(String text) {
        return tokens(SURFACE, "surface", text);
    }

    /** The field a text in this language goes to: ar-lev, ar-iq share Arabic; Arabizi (ar-latn) the Latin fold. */
    public static String fieldFor(String lang) {
        if (lang == null) {
            return KU;
        }
        if (lang.equals(CKB)) {
            return CKB;
        }
        if (lang.startsWith("ar")) {
            return lang.endsWith("latn") ? KU : AR;
        }
        return lang.startsWith("en") ? EN : KU;
    }

    /**
     * Consonant skeletons of the Arabic-script words of a text and, when it looks like Arabizi, of its Latin words, in
     * one shared alphabet: Arabizi "ktir", "ba6i2", "rased" meet Arabic "كتير", "بطيء", "رصيد". Vowels, hamza and
     * the letters customers swap (ق/ء, ط/ت, ص/س, ض/د, ذ/ز/ظ, ح/ه) fold together; doubled letters collapse.
     */
    static List<String> skeletons(String text) {
        List<String> out = new ArrayList<>();
        for (String stem : terms(AR, text)) {
            if (!stem.isEmpty() && stem.charAt(0) >= '\u0600' && stem.charAt(0) <= '\u06FF') {
                add(out, arabicSkeleton(stem));
            }
        }
        if (LanguageGuesser.looksArabizi(text)) {
            for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9']+")) {
                if (!w.isEmpty() && !LanguageGuesser.MEASURE.matcher(w).matches()) {
                    add(out, latinSkeleton(w));
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

    static String arabicSkeleton(String word) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String m = switch (c) {
                case 'ب' -> "b";
                case 'ت', 'ط', 'ث' -> "t";
                case 'ج' -> "j";
                case 'ح', 'ه' -> i == word.length() - 1 && c == 'ه' ? "" : "h";
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
                default -> ""; // ا و ي ى ء ئ ؤ ة ق and anything else: vowels, hamza and its dialect stand-ins
            };
            append(s, m);
        }
        return s.toString();
    }

    static String latinSkeleton(String word) {
        String w = word.replace("'", "");
        if (w.length() > 4 && (w.startsWith("el") || w.startsWith("al"))) {
            w = w.substring(2);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char n = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            String m;
            if ((c == 's' || c == 'c') && n == 'h') {
                m = "c";
                i++;
            } else if (c == 'k' && n == 'h') {
                m = "x";
                i++;
            } else if (c == 'g' && n == 'h') {
                m = "g";
                i++;
            } else if ((c == 't' || c == 'd') && n == 'h') {
                m = c == 't' ? "t" : "z";
                i++;
            } else {
                m = switch (c) {
                    case 'b', 'p' -> "b";
                    case 't', '6' -> "t";
                    case 'j' -> "j";
                    case '7', 'h' -> i == w.length() - 1 && c == 'h' ? "" : "h";
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
                    default -> ""; // vowels, w, y, q and 2 (hamza / dialect qaf)
                };
            }
            append(s, m);
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String m) {
        if (!m.isEmpty() && (s.length() == 0 || s.charAt(s.length() - 1) != m.charAt(0))) {
            s.append(m);
        }
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String readAll(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1024];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private interface Chain {
        TokenStream filters(Tokenizer source);
    }

    private static Analyzer chain(Chain chain) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, chain.filters(source));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new StringReader(TextFolding.fold(readAll(reader)));
            }
        };
    }
}
