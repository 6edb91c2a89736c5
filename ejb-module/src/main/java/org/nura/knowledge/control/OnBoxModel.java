package org.nura.knowledge.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.nura.knowledge.control.Understanding.Passage;

/**
 * The on-box tier: a Lucene index over intent examples, articles (all languages) and handbook chunks, and an
 * intent decision from the retrieved evidence. Immutable once trained; safe for concurrent use.
 */
public final class OnBoxModel {

    private static final int TOP = 10;

    private final Analyzer analyzer = new FoldingAnalyzer();
    private final IndexSearcher intents;
    private final IndexSearcher handbook;
    private final Map<String, TenantContent.IntentDef> taxonomy = new HashMap<>();
    private final Map<Integer, String> articleIntent = new HashMap<>();

    private OnBoxModel(TenantContent content) throws IOException {
        content.intents().forEach(i -> {
            taxonomy.put(i.id(), i);
            i.articleIds().forEach(a -> articleIntent.putIfAbsent(a, i.id()));
        });
        ByteBuffersDirectory intentDir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(intentDir, new IndexWriterConfig(analyzer))) {
            for (TenantContent.Example e : content.examples()) {
                writer.addDocument(doc("example", e.intent(), e.text(), e.text()));
            }
            for (TenantContent.Article a : content.articles()) {
                String intent = articleIntent.get(a.id());
                for (String lang : a.titles().keySet()) {
                    Document d = doc("article", intent == null ? "" : intent, a.titles().get(lang),
                            a.titles().get(lang) + "\n" + a.bodies().getOrDefault(lang, ""));
                    d.add(new StoredField("article", a.id()));
                    writer.addDocument(d);
                }
            }
        }
        intents = new IndexSearcher(DirectoryReader.open(intentDir));
        ByteBuffersDirectory chunkDir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(chunkDir, new IndexWriterConfig(analyzer))) {
            for (TenantContent.Chunk c : content.chunks()) {
                Document d = doc("chunk", "", c.title(), c.text());
                d.add(new StoredField("id", c.id()));
                writer.addDocument(d);
            }
        }
        handbook = new IndexSearcher(DirectoryReader.open(chunkDir));
    }

    public static OnBoxModel train(TenantContent content) {
        try {
            return new OnBoxModel(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The intent of a message with its article and the supporting passages. */
    public Understanding understand(String text, String lang) {
        List<ScoreDoc> hits = search(intents, text);
        Map<String, Double> votes = new LinkedHashMap<>();
        List<Passage> passages = new ArrayList<>();
        Integer article = null;
        for (ScoreDoc hit : hits) {
            Document d = stored(intents, hit);
            String intent = d.get("intent");
            if (!intent.isEmpty()) {
                votes.merge(intent, (double) hit.score, Double::sum);
            }
            if (d.getField("article") != null) {
                passages.add(new Passage("article", d.getField("article").numericValue().toString(), d.get("title"),
                        d.get("body"), hit.score));
            }
        }
        if (votes.isEmpty()) {
            return Understanding.unknown(passages);
        }
        var best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        double confidence = (best.getValue() / total) * Math.min(1.0, hits.get(0).score / 8.0);
        TenantContent.IntentDef def = taxonomy.get(best.getKey());
        for (Passage p : passages) {
            if (def != null && def.articleIds().contains(Integer.valueOf(p.id()))) {
                article = Integer.valueOf(p.id());
                break;
            }
        }
        if (article == null && def != null && !def.articleIds().isEmpty()) {
            article = def.articleIds().get(0);
        }
        return new Understanding(best.getKey(), confidence, article, def == null ? "answer" : def.action(), passages);
    }

    /** The best handbook passages for a question. */
    public List<Passage> searchHandbook(String text, int k) {
        List<Passage> passages = new ArrayList<>();
        for (ScoreDoc hit : search(handbook, text)) {
            if (passages.size() >= k) {
                break;
            }
            Document d = stored(handbook, hit);
            passages.add(new Passage("chunk", d.get("id"), d.get("title"), d.get("body"), hit.score));
        }
        return passages;
    }

    private List<ScoreDoc> search(IndexSearcher searcher, String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms(text)) {
            query.add(new TermQuery(new Term("body", term)), BooleanClause.Occur.SHOULD);
        }
        try {
            return List.of(searcher.search(query.build(), TOP).scoreDocs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document stored(IndexSearcher searcher, ScoreDoc hit) {
        try {
            return searcher.storedFields().document(hit.doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Document doc(String kind, String intent, String title, String body) {
        Document d = new Document();
        d.add(new StringField("kind", kind, Field.Store.YES));
        d.add(new StringField("intent", intent, Field.Store.YES));
        d.add(new StoredField("title", title == null ? "" : title));
        d.add(new TextField("body", body, Field.Store.YES));
        return d;
    }

    /** Arabic normalisation and light stemming, Latin folding (Kurmanji ç ş ê î û) and English stemming. */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new ArabicNormalizationFilter(stream);
            stream = new ArabicStemFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
