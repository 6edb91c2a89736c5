package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The honest estimate: grouped 5-fold over the dev questions must not fall below a floor under the measured value. */
class EvaluationTest {

    /** Measured 91.6% (2025-11, examples.csv as committed); the floor leaves room for noise, not for regressions. */
    private static final double ACCURACY_FLOOR = 0.88;
    /** The calibration promise: answers at confidence >= 0.8 are right at least 80% of the time. */
    private static final double HIGH_CONFIDENCE_FLOOR = 0.80;

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
}
