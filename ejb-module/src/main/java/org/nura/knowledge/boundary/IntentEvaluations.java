package org.nura.knowledge.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.nura.knowledge.control.EvaluationReport;
import org.nura.knowledge.control.EvaluationRuns;
import org.nura.knowledge.control.ExampleCrossValidation;
import org.nura.knowledge.control.KnowledgeConfig;
import org.nura.knowledge.control.KnowledgeRevisions;
import org.nura.knowledge.control.TenantContent;

/**
 * Grouped k-fold accuracy of the stored phrasings, run in the background ({@value #FOLDS} trainings, seconds to a
 * minute) with its progress kept in {@link EvaluationRuns}, so the intents screen shows the figure before and after
 * a change without holding a request.
 */
@Stateless
public class IntentEvaluations {

    /** Four folds: each phrasing is held out once, at four trainings' cost. */
    public static final int FOLDS = 4;
    private static final Logger LOG = Logger.getLogger(IntentEvaluations.class.getName());

    @Inject
    EvaluationRuns runs;

    @Inject
    KnowledgeRevisions revisions;

    @Inject
    KnowledgeConfig config;

    @Inject
    OnBoxModels models;

    /** Starts a run of the current knowledge unless one runs already; answers its id. */
    public String start() {
        EvaluationRuns.Run run = runs.start(revisions.current(), FOLDS);
        return run.id();
    }

    /** The runs of this node, newest first. */
    public List<EvaluationRuns.Run> runs() {
        return runs.all();
    }

    /** Whether the current knowledge has been (or is being) evaluated on this node. */
    public boolean currentCovered() {
        return runs.covered(revisions.current());
    }

    /** Runs a started run; its content is read first, in a transaction of its own, then trained on outside one. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String id) {
        if (!runs.claim(id)) {
            return;
        }
        long started = System.nanoTime();
        try {
            TenantContent content = models.storedContent();
            EvaluationReport report = EvaluationReport.of(ExampleCrossValidation.run(content, FOLDS,
                    done -> runs.progress(id, done)), config.localConfidenceThreshold());
            runs.finish(id, report, null);
            LOG.info(() -> FOLDS + "-fold over " + content.examples().size() + " phrasings: accuracy "
                    + report.accuracy() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            runs.finish(id, null, e.toString());
            LOG.warning(() -> "evaluation run " + id + " failed: " + e);
        }
    }
}
