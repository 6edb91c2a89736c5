package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nura.knowledge.control.IntentEvidence.Text;
import org.nura.knowledge.control.Understanding.Passage;

/**
 * The on-box tier, no LLM: intents from BM25 and character n-gram evidence weighed by a softmax model trained at
 * construction, article and handbook passages from BM25. Immutable once trained; safe for concurrent use.
 */
public final class OnBoxModel {

    public static final String OUT_OF_SCOPE = "out_of_scope";
    private static final int ARTICLE_PASSAGES = 5;
    /**
     * Long messages (chosen on deployment/eval/styles-dev.csv and the dev questions wrapped in stories): a whole
     * message this sure of an intent is not second-guessed; otherwise the best question sentence (a statement only
     * when no sentence asks anything) weighs this much against the whole message.
     */
    private static final double SURE = 0.9;
    private static final double SENTENCE_WEIGHT = 0.3;

    private final List<TenantContent.IntentDef> intents;
    private final int outOfScope;
    private final Map<Integer, TenantContent.Article> articles = new HashMap<>();
    private final IntentEvidence evidence;
    private final SoftmaxRanker ranker;
    private final PlattCalibration calibration;
    private final List<TenantContent.Chunk> chunks;
    private final RetrievalIndex handbook;

    private OnBoxModel(TenantContent content) {
        intents = content.intents();
        outOfScope = indexOf(OUT_OF_SCOPE);
        content.articles().forEach(a -> articles.put(a.id(), a));
        evidence = new IntentEvidence(texts(content), intents.size(), outOfScope);
        List<double[][]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        heldOutRows(evidence, rows, labels);
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        ranker = SoftmaxRanker.fit(rows, y, IntentEvidence.FEATURES);
        calibration = PlattCalibration.fit(rows, y, ranker);
        chunks = content.chunks();
        handbook = new RetrievalIndex(chunks.stream()
                .map(c -> new RetrievalIndex.Entry(c.lang(), c.title() + "\n" + c.text())).toList());
    }

    public static OnBoxModel train(TenantContent content) {
        return new OnBoxModel(content);
    }

    /** The intent of a message with its article and the supporting passages; {@code lang} may be null. */
    public Understanding understand(String text, String lang) {
        String language = lang == null || lang.isBlank() ? LanguageGuesser.guess(text) : lang;
        List<String> sentences = Sentences.of(text);
        // pleasantry sentences are no evidence: the message is read without them
        String asked = String.join("\n", sentences);
        IntentEvidence.Observation seen = evidence.observe(asked, null);
        List<Passage> passages = articlePassages(seen.hits(), language);
        double[] p = seen.empty() ? null : ranker.probabilities(seen.features());
        if (sentences.size() > 1) {
            p = withBestSentence(p, sentences);
        }
        if (p == null) {
            return Understanding.unknown(passages);
        }
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        TenantContent.IntentDef def = intents.get(best);
        return new Understanding(def.id(), calibration.confidence(p), article(def, seen.hits()), def.action(), passages);
    }

    /**
     * A story around a question: the question sentence the model is surest belongs to one of the tenant's intents (a
     * story sentence is easily "out of scope" on its own) is scored on its own too, and its probabilities are
     * combined with the whole message's (weighted geometric mean), so the question is heard over the story while the
     * story still counts. Null when neither found anything.
     */
    private double[] withBestSentence(double[] whole, List<String> sentences) {
        if (whole != null && inScope(whole) >= SURE) {
            return whole;
        }
        double[] best = null;
        double bestScore = -1;
        for (String sentence : sentences) {
            IntentEvidence.Observation o = evidence.observe(sentence, null);
            double[] p = o.empty() ? null : ranker.probabilities(o.features());
            // a question sentence first, then the surest in scope (the first statement was taken when none asked)
            double score = p == null ? 0 : inScope(p) + (Sentences.question(sentence) ? 1 : 0);
            if (p != null && score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        if (whole == null || best == null) {
            return whole == null ? best : whole;
        }
        double[] mixed = new double[whole.length];
        double sum = 0;
        for (int c = 0; c < mixed.length; c++) {
            mixed[c] = Math.pow(whole[c], 1 - SENTENCE_WEIGHT) * Math.pow(best[c], SENTENCE_WEIGHT);
            sum += mixed[c];
        }
        for (int c = 0; c < mixed.length; c++) {
            mixed[c] /= sum;
        }
        return mixed;
    }

    /** The probability of the likeliest intent other than out-of-scope. */
    private double inScope(double[] p) {
        double best = 0;
        for (int c = 0; c < p.length; c++) {
            best = c == outOfScope ? best : Math.max(best, p[c]);
        }
        return best;
    }

    /** The best handbook passages for a question. */
    public List<Passage> searchHandbook(String text, int k) {
        List<Passage> passages = new ArrayList<>();
        for (RetrievalIndex.Hit hit : handbook.search(text, LanguageGuesser.guess(text), k)) {
            TenantContent.Chunk c = chunks.get(hit.entry());
            passages.add(new Passage("chunk", c.id(), c.title(), c.text(), hit.score()));
        }
        return passages;
    }

    /** The three likeliest intents of a message with their feature rows, for diagnostics. */
    String explain(String text) {
        double[][] x = evidence.observe(text, null).features();
        double[] p = ranker.probabilities(x);
        StringBuilder out = new StringBuilder(java.util.Arrays.toString(ranker.weights())).append(' ')
                .append(java.util.Arrays.toString(calibration.weights())).append('\n');
        java.util.stream.IntStream.range(0, p.length).boxed().sorted((a, b) -> Double.compare(p[b], p[a])).limit(3)
                .forEach(c -> out.append(String.format(java.util.Locale.ROOT, "%-20s %.3f %s%n", intents.get(c).id(),
                        p[c], java.util.Arrays.toString(x[c]))));
        return out.toString();
    }

    /** The learnt weight of each evidence feature, for diagnostics. */
    double[] weights() {
        return ranker.weights();
    }

    private int indexOf(String intent) {
        for (int c = 0; c < intents.size(); c++) {
            if (intents.get(c).id().equals(intent)) {
                return c;
            }
        }
        return -1;
    }

    private List<Text> texts(TenantContent content) {
        List<Text> texts = new ArrayList<>();
        int n = 0;
        for (TenantContent.Example e : content.examples()) {
            int label = indexOf(e.intent());
            String group = e.group() == null ? "example:" + n : e.group();
            String lang = e.lang() == null ? LanguageGuesser.guess(e.text()) : e.lang();
            texts.add(new Text(label, group, lang, e.text(), null, true));
            n++;
        }
        Map<Integer, Integer> articleIntent = new HashMap<>();
        for (int c = 0; c < intents.size(); c++) {
            for (Integer a : intents.get(c).articleIds()) {
                articleIntent.putIfAbsent(a, c);
            }
        }
        for (TenantContent.Article a : content.articles()) {
            int label = articleIntent.getOrDefault(a.id(), -1);
            for (Map.Entry<String, String> title : a.titles().entrySet()) {
                String group = "article:" + a.id() + ":" + title.getKey();
                String body = a.bodies().getOrDefault(title.getKey(), "");
                texts.add(new Text(label, group, title.getKey(), title.getValue(), a.id(), true));
                texts.add(new Text(label, group, title.getKey(), title.getValue() + "\n" + body, a.id(), false));
            }
        }
        return texts;
    }

    /** Each labelled phrase is scored as if unseen (its group left out), so the weights learn from honest evidence. */
    private static void heldOutRows(IntentEvidence evidence, List<double[][]> rows, List<Integer> labels) {
        for (Text t : evidence.texts()) {
            if (t.phrase() && t.label() >= 0) {
                rows.add(evidence.observe(t.text(), t.group()).features());
                labels.add(t.label());
            }
        }
    }

    /** The intent's article the words point at most, else its first article. */
    private Integer article(TenantContent.IntentDef def, List<RetrievalIndex.Hit> hits) {
        for (RetrievalIndex.Hit h : hits) {
            Integer id = evidence.texts().get(h.entry()).articleId();
            if (id != null && def.articleIds().contains(id)) {
                return id;
            }
        }
        return def.articleIds().isEmpty() ? null : def.articleIds().get(0);
    }

    /** Articles hit by the message, shown in the message's language when the article has it. */
    private List<Passage> articlePassages(List<RetrievalIndex.Hit> hits, String lang) {
        Set<Integer> seen = new LinkedHashSet<>();
        List<Passage> passages = new ArrayList<>();
        for (RetrievalIndex.Hit h : hits) {
            Integer id = evidence.texts().get(h.entry()).articleId();
            if (id != null && seen.add(id) && passages.size() < ARTICLE_PASSAGES) {
                TenantContent.Article a = articles.get(id);
                String l = a.titles().containsKey(lang) ? lang : "ar";
                passages.add(new Passage("article", id.toString(), a.titles().get(l), a.bodies().get(l), h.score()));
            }
        }
        return passages;
    }
}
