package org.nura.knowledge.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
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
    /**
     * Sorani words as English's stop set has them, folded: prepositions and postpositions (لە, بە, بۆ, لەگەڵ, دا),
     * and, or, that, this/that, the pronouns, "very", "was", "will be". With few Sorani texts in the index BM25 could
     * not learn how common they are: "کەشوهەوای سبەی چۆن دەبێت" (tomorrow's weather) met an article by its "دەبێت".
     */
    static final CharArraySet SORANI_STOP = new CharArraySet(List.of("له", "به", "بو", "و", "لهكهل", "دا", "كه", "ئهم",
            "ئهو", "ئهمه", "ئهوه", "يان", "من", "تو", "ئيمه", "ئيوه", "ئهوان", "زور", "ههر", "بوو", "دهبيت", "ئايا"),
            false);
    private static final Analyzer SORANI = chain(s -> new SoraniLightStemFilter(new StopFilter(s, SORANI_STOP)));
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
