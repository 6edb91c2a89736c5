package org.nura.knowledge.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory BM25 index of texts, each analysed by the chain of its language and queried through all chains.
 * Callers keep their own list of entries; a hit names the entry by its position in that list.
 */
final class RetrievalIndex {

    private static final String KEY = "key";
    private static final float OTHER_FIELDS = 0.5f;

    /** A text to index and the language whose analysis chain it goes through. */
    record Entry(String lang, String text) {
    }

    /** A retrieved entry (position in the indexed list) with its BM25 score. */
    record Hit(int entry, float score) {
    }

    private final IndexSearcher searcher;
    private final int[] keys;

    RetrievalIndex(List<Entry> entries) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.indexAnalyzer()))) {
            for (int i = 0; i < entries.size(); i++) {
                Document d = new Document();
                d.add(new StoredField(KEY, i));
                d.add(new TextField(TextAnalysis.fieldFor(entries.get(i).lang()), Lexicon.expand(entries.get(i).text()),
                        Field.Store.NO));
                writer.addDocument(d);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            keys = readKeys(searcher, entries.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stored keys read once, so a search never touches stored fields (they dominate latency otherwise). */
    private static int[] readKeys(IndexSearcher searcher, int size) throws IOException {
        int[] keys = new int[size];
        var stored = searcher.storedFields();
        for (int doc = 0; doc < size; doc++) {
            keys[doc] = stored.document(doc).getField(KEY).numericValue().intValue();
        }
        return keys;
    }

    /**
     * The best {@code n} entries for a text, best first; empty when the text shares no term with the index. The
     * field of the message's language counts fully, the others at {@link #OTHER_FIELDS}: a rare term in a small
     * field (say "puk" among the Kurmanji texts) would otherwise outrank the text in the reader's language.
     */
    List<Hit> search(String text, String lang, int n) {
        return search(text, Lexicon.concepts(text), lang, n);
    }

    /** The same with the text's {@link Lexicon} concepts already found. */
    List<Hit> search(String text, java.util.Set<String> concepts, String lang, int n) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        String own = TextAnalysis.fieldFor(lang);
        int clauses = 0;
        String expanded = Lexicon.expand(text, concepts);
        for (String field : TextAnalysis.FIELDS) {
            for (String term : TextAnalysis.terms(field, expanded)) {
                if (clauses++ < IndexSearcher.getMaxClauseCount()) {
                    Query q = new TermQuery(new Term(field, term));
                    query.add(field.equals(own) ? q : new BoostQuery(q, OTHER_FIELDS), BooleanClause.Occur.SHOULD);
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        if (clauses == 0) {
            return hits;
        }
        try {
            for (ScoreDoc sd : searcher.search(query.build(), n).scoreDocs) {
                hits.add(new Hit(keys[sd.doc], sd.score));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }
}
