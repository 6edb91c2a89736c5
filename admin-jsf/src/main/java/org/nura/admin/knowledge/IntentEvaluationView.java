package org.nura.admin.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nura.knowledge.boundary.IntentEvaluations;
import org.nura.knowledge.control.EvaluationReport;
import org.nura.knowledge.control.EvaluationRuns;

/**
 * The intents screen's evaluation panel: grouped k-fold accuracy of the stored phrasings per knowledge revision,
 * run in the background when the current revision has none yet (on opening the screen and after each change),
 * polled while a run is under way; consecutive rows are the figure before and after a change.
 */
@Named
@ViewScoped
public class IntentEvaluationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IntentEvaluations evaluations;

    private transient List<EvaluationRuns.Run> runs;

    /** Starts a run of the current knowledge unless this node has one (finished or running). */
    public void ensureCurrent() {
        if (!evaluations.currentCovered()) {
            evaluations.run(evaluations.start());
        }
        runs = null;
    }

    public List<EvaluationRuns.Run> getRuns() {
        if (runs == null) {
            runs = evaluations.runs();
        }
        return runs;
    }

    public boolean isRunning() {
        return getRuns().stream().anyMatch(r -> !r.finished());
    }

    public int getFolds() {
        return IntentEvaluations.FOLDS;
    }

    /** Percent done of a run, for its progress bar. */
    public int percent(EvaluationRuns.Run run) {
        return run.folds() == 0 ? 0 : 100 * run.foldsDone() / run.folds();
    }

    /** Recall of one intent in a run: of its phrasings, the share the held-out model gave that intent. */
    public Double recall(EvaluationRuns.Run run, String intent) {
        if (run.report() == null || intent == null) {
            return null;
        }
        return run.report().perIntent().stream().filter(r -> r.intent().equals(intent))
                .map(EvaluationReport.IntentRow::recall).findFirst().orElse(null);
    }

    public void refresh() {
        runs = null;
    }
}
