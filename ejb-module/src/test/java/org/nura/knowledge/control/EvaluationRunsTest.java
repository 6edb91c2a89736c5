package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvaluationRunsTest {

    @Test
    void oneRunPerRevisionWhileItRunsAndOnlyOneRunnerClaimsIt() {
        EvaluationRuns runs = new EvaluationRuns();
        EvaluationRuns.Run first = runs.start(7, 4);
        assertEquals(first.id(), runs.start(7, 4).id());
        assertTrue(runs.claim(first.id()));
        assertFalse(runs.claim(first.id()));
        assertTrue(runs.covered(7));
        assertFalse(runs.covered(8));
        runs.progress(first.id(), 2);
        assertEquals(2, runs.find(first.id()).orElseThrow().foldsDone());
        runs.finish(first.id(), null, "boom");
        assertTrue(runs.find(first.id()).orElseThrow().finished());
        assertFalse(runs.covered(7), "a failed run does not count as an evaluation");
        assertNotEquals(first.id(), runs.start(7, 4).id(), "a finished run is not restarted; a new one is made");
    }

    @Test
    void keepsTheNewestRunsOnly() {
        EvaluationRuns runs = new EvaluationRuns();
        for (int r = 0; r < EvaluationRuns.KEPT + 5; r++) {
            runs.start(r, 4);
        }
        assertEquals(EvaluationRuns.KEPT, runs.all().size());
        assertFalse(runs.covered(0));
        assertTrue(runs.covered(EvaluationRuns.KEPT + 4));
    }
}
