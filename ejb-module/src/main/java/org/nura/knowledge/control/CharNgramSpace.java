package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A TF-IDF space of character 2–4-grams of normalised words plus the words themselves, with an inverted index for cosine similarity to every
 * document at once. N-grams carry what word matching misses: dialect spellings, clitics, Arabizi, typos.
 */
final class CharNgramSpace {

    private static final int MIN_N = 2;
    private static final int MAX_N = 4;
    private static final double FOCUS_FLOOR = 0.1;
    /** Skeleton n-grams are a coarser echo of the letters: they bridge scripts but should not outvote spelling. */
    private static final float SKELETON_WEIGHT = 0.5f;
    /** A cross-lingual concept ({@link Lexicon}) weighs like a few distinctive n-grams. */
    private static final float CONCEPT_WEIGHT = 2.0f;

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final float[] idf;
    private final int[][] postingsDoc;
    private final float[][] postingsWeight;
    private final int documents;

    /** A sparse unit vector: parallel arrays of feature ids and weights. */
    record Vector(int[] ids, float[] weights) {
        static final Vector EMPTY = new Vector(new int[0], new float[0]);

        boolean isEmpty() {
            return ids.length == 0;
        }
    }

    /** {@code labels[i]} is the class of {@code texts[i]} in [0, classes) or -1 when it has none. */
    CharNgramSpace(List<String> texts, int[] labels, int classes) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            Map<String, Integer> c = ngrams(text);
            counts.add(c);
            c.keySet().forEach(g -> df.merge(g, 1, Integer::sum));
        }
        df.keySet().stream().sorted().forEach(g -> vocabulary.put(g, vocabulary.size()));
        idf = new float[vocabulary.size()];
        df.forEach((g, n) -> idf[vocabulary.get(g)] = (float) Math.log(1.0 + (double) texts.size() / n));
        float[] focus = focus(counts, labels, classes);
        for (int f = 0; f < idf.length; f++) {
            idf[f] *= focus[f];
        }
        vocabulary.forEach((g, f) -> idf[f] *= g.startsWith("s:") || g.startsWith("sw:") ? SKELETON_WEIGHT
                : g.startsWith("c:") ? CONCEPT_WEIGHT : 1);
        documents = texts.size();
        List<Vector> vectors = counts.stream().map(this::weigh).toList();
        int[] sizes = new int[idf.length];
        vectors.forEach(v -> Arrays.stream(v.ids()).forEach(id -> sizes[id]++));
        postingsDoc = new int[idf.length][];
        postingsWeight = new float[idf.length][];
        for (int f = 0; f < idf.length; f++) {
            postingsDoc[f] = new int[sizes[f]];
            postingsWeight[f] = new float[sizes[f]];
        }
        fill(vectors, new int[idf.length]);
    }

    /**
     * How much an n-gram points at one class: 1 minus the normalised entropy of its class distribution (document
     * frequency per class over class size). Greetings and politeness spread over all classes and fade out.
     */
    private float[] focus(List<Map<String, Integer>> counts, int[] labels, int classes) {
        double[][] perClass = new double[idf.length][classes];
        int[] size = new int[classes];
        for (int d = 0; d < counts.size(); d++) {
            if (labels[d] >= 0) {
                size[labels[d]]++;
                for (String g : counts.get(d).keySet()) {
                    perClass[vocabulary.get(g)][labels[d]]++;
                }
            }
        }
        float[] focus = new float[idf.length];
        for (int f = 0; f < idf.length; f++) {
            focus[f] = (float) (FOCUS_FLOOR + (1 - FOCUS_FLOOR) * (1 - entropy(perClass[f], size)));
        }
        return focus;
    }

    private static double entropy(double[] df, int[] size) {
        double total = 0;
        double[] p = new double[df.length];
        for (int c = 0; c < df.length; c++) {
            p[c] = size[c] == 0 ? 0 : df[c] / size[c];
            total += p[c];
        }
        if (total == 0 || df.length < 2) {
            return 0;
        }
        double h = 0;
        for (double pc : p) {
            if (pc > 0) {
                h -= (pc / total) * Math.log(pc / total);
            }
        }
        return h / Math.log(df.length);
    }

    private void fill(List<Vector> vectors, int[] cursor) {
        for (int d = 0; d < vectors.size(); d++) {
            Vector v = vectors.get(d);
            for (int i = 0; i < v.ids().length; i++) {
                int f = v.ids()[i];
                postingsDoc[f][cursor[f]] = d;
                postingsWeight[f][cursor[f]++] = v.weights()[i];
            }
        }
    }

    /** The unit TF-IDF vector of a text; n-grams never seen in training are dropped. */
    Vector vector(String text) {
        return weigh(ngrams(text));
    }

    /** The same with the text's {@link Lexicon} concepts already found (the caller needs them too). */
    Vector vector(String text, Set<String> concepts) {
        return weigh(ngrams(text, concepts));
    }

    /**
     * The share of a text's character n-grams (occurrences, words and concepts aside) that training ever saw: low for
     * keyboard mashing and for languages nothing was written in, whatever the cosine of the few n-grams that match.
     */
    double coverage(String text) {
        int known = 0;
        int all = 0;
        for (Map.Entry<String, Integer> e : ngrams(text).entrySet()) {
            if (e.getKey().indexOf(':') < 0) {
                all += e.getValue();
                known += vocabulary.containsKey(e.getKey()) ? e.getValue() : 0;
            }
        }
        return all == 0 ? 0 : (double) known / all;
    }

    /** Cosine similarity of the query vector to every training document, by document index. */
    float[] similarities(Vector query) {
        float[] sims = new float[documents];
        for (int i = 0; i < query.ids().length; i++) {
            int f = query.ids()[i];
            float w = query.weights()[i];
            int[] docs = postingsDoc[f];
            float[] weights = postingsWeight[f];
            for (int p = 0; p < docs.length; p++) {
                sims[docs[p]] += w * weights[p];
            }
        }
        return sims;
    }

    private Vector weigh(Map<String, Integer> counts) {
        List<int[]> ids = new ArrayList<>();
        counts.forEach((g, n) -> {
            Integer id = vocabulary.get(g);
            if (id != null) {
                ids.add(new int[] {id, n});
            }
        });
        if (ids.isEmpty()) {
            return Vector.EMPTY;
        }
        ids.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] out = new int[ids.size()];
        float[] weights = new float[ids.size()];
        double norm = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(i)[0];
            // sublinear tf: a repeated n-gram is evidence, not proportionally more evidence
            weights[i] = (float) ((1 + Math.log(ids.get(i)[1])) * idf[out[i]]);
            norm += weights[i] * weights[i];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= inv;
        }
        return new Vector(out, weights);
    }

    /** N-grams of each word padded with boundary marks, so prefixes and suffixes are features of their own. */
    static Map<String, Integer> ngrams(String text) {
        return ngrams(text, Lexicon.concepts(text));
    }

    private static Map<String, Integer> ngrams(String text, Set<String> concepts) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> stems = TextAnalysis.terms(TextAnalysis.AR, text);
        // whole (light-stemmed) words as features too, so a short distinctive word weighs as much as a long one; a
        // Sorani text's words by the Sorani stemmer (the Arabic one reads باڵانس as ب+ال+انس and leaves -ەکەم on)
        boolean sorani = Languages.SORANI.equals(LanguageGuesser.guess(text));
        for (String stem : sorani ? TextAnalysis.terms(TextAnalysis.CKB, text) : stems) {
            counts.merge("w:" + stem, 1, Integer::sum);
        }
        for (String word : TextAnalysis.surfaceWords(text)) {
            String padded = "<" + word + ">";
            for (int n = MIN_N; n <= MAX_N; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    counts.merge(padded.substring(i, i + n), 1, Integer::sum);
                }
            }
        }
        // consonant skeletons: the bridge between Arabizi and Arabic script (Skeletons#of)
        for (String skeleton : Skeletons.of(text, stems)) {
            counts.merge("sw:" + skeleton, 1, Integer::sum);
            String padded = "<" + skeleton + ">";
            for (int n = MIN_N + 1; n <= MAX_N; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    counts.merge("s:" + padded.substring(i, i + n), 1, Integer::sum);
                }
            }
        }
        for (String concept : concepts) {
            counts.merge("c:" + concept, 1, Integer::sum);
        }
        return counts;
    }
}
