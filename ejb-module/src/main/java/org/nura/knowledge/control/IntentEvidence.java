package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The evidence an intent decision rests on: labelled texts (example phrases, article titles and bodies) searched two
 * ways, BM25 over words and cosine over character n-grams, turned into one feature row per intent.
 */
final class IntentEvidence {

    /** Features per intent, in this order; {@link SoftmaxRanker} learns one weight for each. */
    static final int KNN_BEST = 0;
    static final int KNN_TOP3 = 1;
    static final int KNN_MEAN = 2;
    static final int BM25_RELATIVE = 3;
    static final int BM25_ABSOLUTE = 4;
    static final int OOS_BIAS = 5;
    static final int OOS_GAP = 6;
    static final int ARTICLE_RELATIVE = 7;
    static final int CONCEPT = 8;
    /** On out-of-scope only: the message asks about another operator or a product the tenant does not sell. */
    static final int NOT_OURS = 9;
    static final int FEATURES = 10;

    private static final int BM25_DEPTH = 40;
    private static final double BM25_HALF = 6.0;
    /** Below this best n-gram similarity, and with no word in common, a message matches nothing we know. */
    private static final double NOTHING_FITS = 0.2;
    /** Without a word in common, a message most of whose letter n-grams were never seen is noise, not a question. */
    private static final double UNSEEN = 0.6;

    /** A labelled text; {@code label} is an intent index or -1; {@code group} keeps variants out of their own LOO. */
    record Text(int label, String group, String lang, String text, Integer articleId, boolean phrase) {
    }

    /** The feature rows of one message and the word hits they came from. */
    record Observation(double[][] features, List<RetrievalIndex.Hit> hits, boolean empty) {
    }

    private final List<Text> texts;
    private final int intents;
    private final int outOfScope;
    private final int[] phraseIds;
    private final CharNgramSpace ngrams;
    private final RetrievalIndex words;
    private final ArabiziBridge arabizi;
    /** Per {@link Lexicon} concept: how many labelled phrases of each intent mention it. */
    private final java.util.Map<String, double[]> conceptCounts = new java.util.HashMap<>();
    /** The same without the phrases that are out of scope for their entity ({@link #byEntity}). */
    private final java.util.Map<String, double[]> ownConceptCounts = new java.util.HashMap<>();
    /**
     * Per text: a phrase out of scope only because it names something not ours ("كورك عدهم عروض انترنت"). Its
     * other words are our own intents' words (offers, internet), so it is evidence only for a message that also asks
     * about something not ours; otherwise it would pull our own package questions out of scope by those words.
     */
    private final boolean[] byEntity;
    private final java.util.Map<String, List<Tagged>> groupConcepts = new java.util.HashMap<>();

    /** The concepts of one labelled phrase; {@code byEntity} as {@link IntentEvidence#byEntity}. */
    private record Tagged(int label, java.util.Set<String> concepts, boolean byEntity) {
    }

    IntentEvidence(List<Text> texts, int intents, int outOfScope) {
        this.texts = List.copyOf(texts);
        this.intents = intents;
        this.outOfScope = outOfScope;
        // only short phrases (examples, titles) are neighbours: a long body would be near everything a little
        phraseIds = java.util.stream.IntStream.range(0, texts.size()).filter(i -> texts.get(i).phrase()).toArray();
        arabizi = new ArabiziBridge(texts.stream().filter(t -> arabic(t.lang())).map(Text::text).toList());
        ngrams = new CharNgramSpace(Arrays.stream(phraseIds).mapToObj(i -> arabizi.withArabic(texts.get(i).text()))
                .toList(), Arrays.stream(phraseIds).map(i -> texts.get(i).label()).toArray(), intents);
        words = new RetrievalIndex(texts.stream()
                .map(t -> new RetrievalIndex.Entry(t.lang(), arabizi.withArabic(t.text()))).toList());
        byEntity = new boolean[texts.size()];
        for (int i : phraseIds) {
            Text t = texts.get(i);
            if (t.label() >= 0) {
                java.util.Set<String> found = Lexicon.concepts(arabizi.withArabic(t.text()));
                byEntity[i] = t.label() == outOfScope && NotOurs.asked(found);
                found.forEach(k -> conceptCounts.computeIfAbsent(k, key -> new double[intents])[t.label()]++);
                if (!byEntity[i]) {
                    found.forEach(k -> ownConceptCounts.computeIfAbsent(k, key -> new double[intents])[t.label()]++);
                }
                groupConcepts.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(new Tagged(t.label(), found, byEntity[i]));
            }
        }
    }

    /** Arabic in Arabic script, any dialect: what Arabizi is read as (Sorani words would be false friends). */
    private static boolean arabic(String lang) {
        return lang != null && lang.startsWith("ar") && !lang.equals(LanguageGuesser.ARABIZI);
    }

    List<Text> texts() {
        return texts;
    }

    /** The features of a message; texts of {@code excludedGroup} are ignored (leave-one-group-out training). */
    Observation observe(String message, String excludedGroup) {
        double[][] x = new double[intents][FEATURES];
        String lang = LanguageGuesser.guess(message);
        message = arabizi.withArabic(message);
        // the concepts are found once: the n-grams, the word index and the features all use them
        java.util.Set<String> concepts = Lexicon.concepts(message);
        CharNgramSpace.Vector v = ngrams.vector(message, concepts);
        boolean notOurs = NotOurs.asked(concepts);
        List<RetrievalIndex.Hit> hits = words.search(message, concepts, lang, BM25_DEPTH);
        if (excludedGroup != null || !notOurs) {
            hits = hits.stream().filter(h -> !excludedGroup(h.entry(), excludedGroup) && (notOurs || !byEntity[h.entry()]))
                    .toList();
        }
        neighbourFeatures(x, ngrams.similarities(v), excludedGroup, notOurs);
        wordFeatures(x, hits);
        // another operator or a device named beside our own service does not vouch for out of scope
        conceptFeatures(x, notOurs ? concepts : NotOurs.ours(concepts), excludedGroup, notOurs);
        outOfScopeFeatures(x, notOurs);
        boolean nothing = hits.isEmpty() && (bestNeighbour(x) < NOTHING_FITS || ngrams.coverage(message) < UNSEEN);
        return new Observation(x, hits, nothing);
    }

    private boolean excludedGroup(int text, String excludedGroup) {
        return excludedGroup != null && excludedGroup.equals(texts.get(text).group());
    }

    /**
     * Best, top-3 mean and mean similarity per intent, in one pass with primitive top-3 slots per intent; phrases out
     * of scope by their entity only count for a message that {@code notOurs}.
     */
    private void neighbourFeatures(double[][] x, float[] sims, String excludedGroup, boolean notOurs) {
        double[][] top = new double[intents][3];
        double[] sum = new double[intents];
        int[] count = new int[intents];
        for (int d = 0; d < phraseIds.length; d++) {
            Text t = texts.get(phraseIds[d]);
            int c = t.label();
            if (c < 0 || t.group().equals(excludedGroup) || !notOurs && byEntity[phraseIds[d]]) {
                continue;
            }
            double s = sims[d];
            sum[c] += s;
            count[c]++;
            double[] best = top[c];
            if (s > best[2]) {
                best[2] = s;
                java.util.Arrays.sort(best);
                reverse(best);
            }
        }
        for (int c = 0; c < intents; c++) {
            x[c][KNN_BEST] = top[c][0];
            x[c][KNN_TOP3] = (top[c][0] + top[c][1] + top[c][2]) / 3;
            x[c][KNN_MEAN] = count[c] == 0 ? 0 : sum[c] / count[c];
        }
    }

    private static void reverse(double[] a) {
        double t = a[0];
        a[0] = a[2];
        a[2] = t;
    }

    private static double bestNeighbour(double[][] x) {
        double best = 0;
        for (double[] row : x) {
            best = Math.max(best, row[KNN_BEST]);
        }
        return best;
    }

    private void wordFeatures(double[][] x, List<RetrievalIndex.Hit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        double top = hits.get(0).score();
        double topArticle = 0;
        for (RetrievalIndex.Hit h : hits) {
            Text t = texts.get(h.entry());
            int c = t.label();
            if (c >= 0 && x[c][BM25_RELATIVE] == 0) {
                x[c][BM25_RELATIVE] = h.score() / top;
                x[c][BM25_ABSOLUTE] = h.score() / (h.score() + BM25_HALF);
            }
            // articles exist in every language, so they carry English and Kurmanji that few examples cover
            if (!t.phrase()) {
                topArticle = topArticle == 0 ? h.score() : topArticle;
                if (c >= 0 && x[c][ARTICLE_RELATIVE] == 0) {
                    x[c][ARTICLE_RELATIVE] = h.score() / topArticle;
                }
            }
        }
    }

    /**
     * For each intent, the strongest share of phrases mentioning one of the message's concepts that belong to it: a
     * concept ("puk", "complaint") ties the message to intents whatever language its phrases were written in.
     */
    private void conceptFeatures(double[][] x, java.util.Set<String> found, String excludedGroup, boolean notOurs) {
        if (found.isEmpty()) {
            return;
        }
        List<Tagged> own = excludedGroup == null ? List.of() : groupConcepts.getOrDefault(excludedGroup, List.of());
        for (String k : found) {
            double[] counts = (notOurs ? conceptCounts : ownConceptCounts).get(k);
            if (counts == null) {
                continue;
            }
            counts = counts.clone();
            // the left-out group's own phrases must not vouch for it
            for (Tagged t : own) {
                if (t.concepts().contains(k) && (notOurs || !t.byEntity())) {
                    counts[t.label()]--;
                }
            }
            double total = 0;
            for (double c : counts) {
                total += c;
            }
            for (int c = 0; c < intents; c++) {
                x[c][CONCEPT] = Math.max(x[c][CONCEPT], counts[c] / (total + 1));
            }
        }
    }

    /**
     * Out of scope is "none of the above": its evidence is also how weakly every other intent matched, and whether the
     * message is about something that is not the tenant's ({@link NotOurs#asked}).
     */
    private void outOfScopeFeatures(double[][] x, boolean notOurs) {
        if (outOfScope < 0) {
            return;
        }
        double bestInScope = 0;
        for (int c = 0; c < intents; c++) {
            if (c != outOfScope) {
                bestInScope = Math.max(bestInScope, x[c][KNN_BEST]);
            }
        }
        x[outOfScope][OOS_BIAS] = 1;
        x[outOfScope][OOS_GAP] = 1 - bestInScope;
        x[outOfScope][NOT_OURS] = notOurs ? 1 : 0;
    }
}
