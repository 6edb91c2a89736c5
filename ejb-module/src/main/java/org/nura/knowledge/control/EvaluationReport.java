package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An evaluation's result as data (the admin endpoint's JSON): accuracy, per language, tag and intent, confusions,
 * calibration, and how many answers the pipeline would give at its confidence threshold and how many are right.
 * Ratios with nothing to divide by are null rather than NaN, which JSON cannot carry.
 */
public record EvaluationReport(int questions, Double accuracy, List<LanguageRow> perLanguage, List<TagRow> perTag,
        List<IntentRow> perIntent, List<Confusion> confusions, List<Bucket> calibration, Threshold atThreshold) {

    /** Accuracy on the questions of one (guessed) language. */
    public record LanguageRow(String lang, int count, Double accuracy) {
    }

    /** Accuracy on the questions of one tag (the CSV's optional {@code tag} column, e.g. a style of writing). */
    public record TagRow(String tag, int count, Double accuracy) {
    }

    /** Precision: of the answers with this intent, how many were asked for it; recall: of its questions, how many got it. */
    public record IntentRow(String intent, int count, int right, Double precision, Double recall) {
    }

    /** Wrong answers with the same expected and answered intent. */
    public record Confusion(String expected, String answered, int count) {
    }

    /** Answers with confidence in [from, to). */
    public record Bucket(double from, double to, int count, Double accuracy) {
    }

    /** The pipeline answers on-box at or above LOCAL_CONFIDENCE_THRESHOLD; this is how much and how well. */
    public record Threshold(double threshold, int answered, Double coverage, Double accuracy) {
    }

    public static EvaluationReport of(Scoring s, double threshold) {
        int n = s.outcomes().size();
        List<LanguageRow> languages = new ArrayList<>();
        s.perLanguage().forEach((lang, r) -> languages.add(new LanguageRow(lang, r[0], ratio(r[1], r[0]))));
        List<TagRow> tags = new ArrayList<>();
        s.perTag().forEach((tag, r) -> tags.add(new TagRow(tag, r[0], ratio(r[1], r[0]))));
        List<IntentRow> intents = new ArrayList<>();
        for (Map.Entry<String, int[]> e : s.perIntent().entrySet()) {
            int[] r = e.getValue();
            intents.add(new IntentRow(e.getKey(), r[0], r[1], ratio(r[3], r[2]), ratio(r[3], r[0])));
        }
        List<Confusion> confusions = s.confusions().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new Confusion(e.getKey().split(" -> ", 2)[0], e.getKey().split(" -> ", 2)[1], e.getValue()))
                .toList();
        List<Bucket> buckets = s.calibration().stream()
                .map(b -> new Bucket(b.from(), b.to(), b.count(), ratio(b.right(), b.count()))).toList();
        Scoring.Bucket kept = s.atOrAbove(threshold);
        return new EvaluationReport(n, n == 0 ? null : s.accuracy(), languages, tags, intents, confusions, buckets,
                new Threshold(threshold, kept.count(), ratio(kept.count(), n), ratio(kept.right(), kept.count())));
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
