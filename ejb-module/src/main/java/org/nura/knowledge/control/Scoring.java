package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How an answer is judged and the running tally of an evaluation: accuracy, per-intent precision and recall,
 * confusions, per-language accuracy and calibration. Shared by the CLI and the admin endpoint.
 */
public final class Scoring {

    public static final String DECLINE = "decline";
    public static final String HANDOFF = "handoff";
    private static final Set<String> HANDOFF_INTENTS = Set.of("agent_request", "complaint");
    private static final int BUCKETS = 10;

    private final Function<String, TenantContent.IntentDef> intents;
    private final List<Outcome> outcomes = new ArrayList<>();

    /** One judged question. */
    public record Outcome(LabelledQuestion question, Understanding answer, boolean right, String lang) {
    }

    /** Accuracy among answers with confidence in [from, to). */
    public record Bucket(double from, double to, int count, int right) {
        public double accuracy() {
            return count == 0 ? Double.NaN : (double) right / count;
        }
    }

    /** {@code intents} resolves an intent id to its definition (for its articles), or null when unknown. */
    public Scoring(Function<String, TenantContent.IntentDef> intents) {
        this.intents = intents;
    }

    /**
     * Right when out-of-scope is declined, a handoff intent is handed off (either handoff counts: both reach a
     * person), or otherwise the intent is right or the article given is one of the right intent's articles.
     */
    public static boolean isRight(String expected, Understanding answer, TenantContent.IntentDef expectedDef) {
        if (OnBoxModel.OUT_OF_SCOPE.equals(expected)) {
            return DECLINE.equals(answer.action());
        }
        if (HANDOFF_INTENTS.contains(expected)) {
            return HANDOFF.equals(answer.action());
        }
        if (expected.equals(answer.intent())) {
            return true;
        }
        return answer.articleId() != null && expectedDef != null && expectedDef.articleIds().contains(answer.articleId());
    }

    /** Judges an answer and files it under the question's own {@code lang}, else the guessed language. */
    public Outcome add(LabelledQuestion q, Understanding answer) {
        return add(q, answer, q.lang() != null ? q.lang() : LanguageGuesser.guess(q.question()));
    }

    /** Judges an answer and files it under the given language (e.g. ar-lev, which no script test can tell). */
    public Outcome add(LabelledQuestion q, Understanding answer, String lang) {
        boolean right = isRight(q.intent(), answer, intents.apply(q.intent()));
        Outcome o = new Outcome(q, answer, right, lang);
        outcomes.add(o);
        return o;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public double accuracy() {
        return outcomes.isEmpty() ? Double.NaN : (double) outcomes.stream().filter(Outcome::right).count() / outcomes.size();
    }

    /** Accuracy and count of the answers given with confidence at or above {@code threshold}. */
    public Bucket atOrAbove(double threshold) {
        List<Outcome> kept = outcomes.stream().filter(o -> o.answer().confidence() >= threshold).toList();
        return new Bucket(threshold, 1.0, kept.size(), (int) kept.stream().filter(Outcome::right).count());
    }

    /** Ten equal-width confidence buckets; the last one includes 1.0. */
    public List<Bucket> calibration() {
        int[] count = new int[BUCKETS];
        int[] right = new int[BUCKETS];
        for (Outcome o : outcomes) {
            int b = bucket(o.answer().confidence());
            count[b]++;
            right[b] += o.right() ? 1 : 0;
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            buckets.add(new Bucket((double) b / BUCKETS, (double) (b + 1) / BUCKETS, count[b], right[b]));
        }
        return buckets;
    }

    static int bucket(double confidence) {
        return Math.max(0, Math.min(BUCKETS - 1, (int) Math.floor(confidence * BUCKETS)));
    }

    /** Per expected intent: {count, right, predicted-as-this, predicted-as-this-correctly}. */
    public Map<String, int[]> perIntent() {
        Map<String, int[]> table = new TreeMap<>();
        for (Outcome o : outcomes) {
            int[] expected = table.computeIfAbsent(o.question().intent(), k -> new int[4]);
            expected[0]++;
            expected[1] += o.right() ? 1 : 0;
            int[] predicted = table.computeIfAbsent(o.answer().intent(), k -> new int[4]);
            predicted[2]++;
            predicted[3] += o.question().intent().equals(o.answer().intent()) ? 1 : 0;
        }
        return table;
    }

    /** Counts of expected → predicted for the wrong answers, most frequent first. */
    public Map<String, Integer> confusions() {
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.stream().filter(o -> !o.right())
                .forEach(o -> counts.merge(o.question().intent() + " -> " + o.answer().intent(), 1, Integer::sum));
        return counts;
    }

    /** Per (guessed) language: {count, right}. */
    public Map<String, int[]> perLanguage() {
        return tally(Outcome::lang);
    }

    /** Per tag of the questions that have one (a style: "sorani", "long"...): {count, right}; empty without tags. */
    public Map<String, int[]> perTag() {
        return tally(o -> o.question().tag());
    }

    private Map<String, int[]> tally(Function<Outcome, String> key) {
        Map<String, int[]> table = new TreeMap<>();
        for (Outcome o : outcomes) {
            String k = key.apply(o);
            if (k != null) {
                int[] row = table.computeIfAbsent(k, x -> new int[2]);
                row[0]++;
                row[1] += o.right() ? 1 : 0;
            }
        }
        return table;
    }
}
