package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Grouped k-fold over the tenant's stored example phrasings: each fold's phrasings are scored by a model trained on
 * the articles, the handbook and the other folds' phrasings, so the figure says how well the model answers a
 * phrasing it has not seen. A phrasing's rewordings (same group) stay in one fold. Costs k trainings; the console
 * runs it in the background and reports each finished fold.
 */
public final class ExampleCrossValidation {

    private ExampleCrossValidation() {
    }

    /** Scores every stored phrasing held out once; {@code foldDone} hears 1..k as folds finish. */
    public static Scoring run(TenantContent content, int k, IntConsumer foldDone) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold needs k >= 2, got " + k);
        }
        List<LabelledQuestion> questions = new ArrayList<>();
        List<TenantContent.Example> examples = content.examples();
        for (int i = 0; i < examples.size(); i++) {
            TenantContent.Example e = examples.get(i);
            questions.add(new LabelledQuestion("example-" + i, e.intent(), e.text(), null, null, e.lang()));
        }
        TenantContent base = new TenantContent(content.articles(), content.intents(), List.of(), content.chunks());
        Scoring scoring = new Scoring(id -> base.intents().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElse(null));
        List<List<LabelledQuestion>> folds = GroupedKFold.split(questions, k);
        for (int f = 0; f < k; f++) {
            List<TenantContent.Example> training = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    folds.get(g).forEach(q -> training.add(new TenantContent.Example(q.intent(), q.question(),
                            q.lang(), q.group())));
                }
            }
            OnBoxModel model = OnBoxModel.train(base.withExamples(training));
            for (LabelledQuestion q : folds.get(f)) {
                scoring.add(q, model.understand(q.question(), null), q.lang() == null ? "?" : q.lang());
            }
            foldDone.accept(f + 1);
        }
        return scoring;
    }
}
