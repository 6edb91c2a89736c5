package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The honest estimate: grouped 5-fold over the dev questions must not fall below a floor under the measured value. */
class EvaluationTest {

    /** Measured 91.6%, then 92.2% with concepts and Arabizi skeletons (2025-11); the floor leaves room for noise. */
    private static final double ACCURACY_FLOOR = 0.88;
    /**
     * The promise of high confidence: answers at confidence >= 0.8 are right; measured 97.8% (2025-11 and, with 267
     * instead of 277 such answers, after the high-precision mapping of PlattCalibration, 2026-11-30).
     */
    private static final double HIGH_CONFIDENCE_FLOOR = 0.95;

    @Test
    void groupedFiveFoldOnTheDevQuestions() throws Exception {
        List<LabelledQuestion> dev = LabelledQuestion.read(Path.of("../deployment/eval/intents-dev.csv"));
        assertEquals(309, dev.size());
        Scoring scoring = Evaluation.crossValidate(TenantContent.sampleWithExamples(), dev, 5);
        Evaluation.print(System.out, scoring, false);
        assertEquals(dev.size(), scoring.outcomes().size());
        assertTrue(scoring.accuracy() >= ACCURACY_FLOOR, "grouped 5-fold accuracy " + scoring.accuracy());
        Scoring.Bucket confident = scoring.atOrAbove(0.8);
        assertTrue(confident.count() >= dev.size() / 2, "too few confident answers: " + confident.count());
        assertTrue(confident.accuracy() >= HIGH_CONFIDENCE_FLOOR, "accuracy at >= 0.8: " + confident.accuracy());
    }

    /**
     * Measured 90.0% on the first 120 rows (2025-11); 90.8% on all 238 rows after the Sorani, long-message, Arabizi
     * and not-ours work (2026-11; 75.2% before it); 92.4% after the Arabizi reading in Arabic script (2026-11-30).
     */
    private static final double HELD_OUT_FLOOR = 0.90;
    /**
     * Floors per style of the held-out check, one row or a few points under the measured value (before the issue #21
     * work → after it → after round two, 2026-11-30): a regression in one style fails the build even when the total
     * holds.
     */
    private static final Map<String, Double> STYLE_FLOORS = Map.of(
            "sorani", 0.85, // 35.0% → 87.5% → 87.5%
            "long", 0.86, // 93.3% → 93.3% → 90.0%
            "arabizi", 0.92, // 75.0% → 84.6% → 94.2%
            "oos-entity", 0.75, // 12.5% → 81.3% → 81.3%
            "english", 0.92, // 97.5% → 95.0% → 95.0%
            "kurmanji", 0.90, // 90.0% → 95.0% → 95.0%
            "arabic-dialect", 0.92); // 97.5% → 97.5% → 97.5%
    /** Answers at confidence >= 0.8 on the held-out check: measured 97.4% (89.5% before #21, 96.4% after round one). */
    private static final double HELD_OUT_CONFIDENT_FLOOR = 0.96;

    /**
     * The held-out check: English, Kurmanji, Arabizi and colloquial Arabic questions written before any tuning and
     * never trained on. Trained on the shipped content plus the dev questions, as the deployed model is.
     */
    @Test
    void heldOutMultilingualCheck() throws Exception {
        List<LabelledQuestion> check = LabelledQuestion.read(Path.of("../deployment/eval/multilingual-check.csv"));
        assertEquals(238, check.size());
        TenantContent content = TenantContent.sampleWithExamples().withExamples(LabelledQuestion
                .read(Path.of("../deployment/eval/intents-dev.csv")).stream().map(LabelledQuestion::asExample).toList());
        Scoring scoring = Evaluation.evaluate(OnBoxModel.train(content), content, check);
        Evaluation.print(System.out, scoring, false);
        assertTrue(scoring.accuracy() >= HELD_OUT_FLOOR, "held-out check accuracy " + scoring.accuracy());
        Scoring.Bucket confident = scoring.atOrAbove(0.8);
        assertTrue(confident.accuracy() >= HELD_OUT_CONFIDENT_FLOOR, "held-out accuracy at >= 0.8: "
                + confident.accuracy());
        Map<String, int[]> styles = scoring.perTag();
        assertEquals(STYLE_FLOORS.keySet(), styles.keySet(), "every style of the check has a floor");
        STYLE_FLOORS.forEach((style, floor) -> {
            int[] r = styles.get(style);
            assertTrue((double) r[1] / r[0] >= floor, style + ": " + r[1] + " of " + r[0] + " right");
        });
    }

    /**
     * The second held-out check (issue #21 round three): written and committed before that round's changes, measured
     * per tag before → after (2026-11-30); floors one row or a few points under the measured value.
     */
    private static final Map<String, Double> CHECK2_FLOORS = Map.of(
            "sorani", 0.82, // 82.5% → 85.0%
            "long", 0.90, // 93.3% → 93.3%
            "arabizi", 0.90, // 93.3% → 93.3%
            "oos-entity", 0.90); // 80.0% → 100%

    @Test
    void secondHeldOutCheck() throws Exception {
        List<LabelledQuestion> check = LabelledQuestion.read(Path.of("../deployment/eval/multilingual-check2.csv"));
        assertEquals(120, check.size());
        TenantContent content = TenantContent.sampleWithExamples().withExamples(LabelledQuestion
                .read(Path.of("../deployment/eval/intents-dev.csv")).stream().map(LabelledQuestion::asExample).toList());
        Scoring scoring = Evaluation.evaluate(OnBoxModel.train(content), content, check);
        assertTrue(scoring.accuracy() >= 0.89, "second check accuracy " + scoring.accuracy()); // 87.5% → 91.7%
        // 97.8% → 100% at >= 0.8
        assertTrue(scoring.atOrAbove(0.8).accuracy() >= 0.97, "at >= 0.8: " + scoring.atOrAbove(0.8).accuracy());
        Map<String, int[]> styles = scoring.perTag();
        assertEquals(CHECK2_FLOORS.keySet(), styles.keySet(), "every style of the check has a floor");
        CHECK2_FLOORS.forEach((style, floor) -> {
            int[] r = styles.get(style);
            assertTrue((double) r[1] / r[0] >= floor, style + ": " + r[1] + " of " + r[0] + " right");
        });
    }
}
