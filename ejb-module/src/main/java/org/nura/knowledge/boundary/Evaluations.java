package org.nura.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nura.knowledge.control.EvaluationReport;
import org.nura.knowledge.control.KnowledgeConfig;
import org.nura.knowledge.control.LabelledQuestion;
import org.nura.knowledge.control.ModelHolder;
import org.nura.knowledge.control.OnBoxModel;
import org.nura.knowledge.control.Scoring;
import org.nura.knowledge.control.TenantContent;
import org.nura.knowledge.entity.Intent;
import org.nura.platform.control.NuraException;

/**
 * Measures the running on-box model on labelled questions ({@code id,intent,question[,reference_answer]}), judged
 * as the CLI judges them ({@link Scoring}), so that a tenant can check its content before and after a change.
 */
@Stateless
public class Evaluations {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    ModelHolder models;

    @Inject
    KnowledgeConfig config;

    public EvaluationReport evaluate(String csv) {
        List<LabelledQuestion> questions = parse(csv);
        OnBoxModel model = models.current().orElseThrow(() -> new NuraException(NuraException.Kind.UNAVAILABLE,
                "model_not_ready", "The on-box model is still training; try again in a moment"));
        Map<String, TenantContent.IntentDef> intents = em.createNamedQuery("Intent.findAll", Intent.class)
                .getResultList().stream().collect(Collectors.toMap(Intent::id,
                        i -> new TenantContent.IntentDef(i.id(), i.articleIds(), i.action())));
        Scoring scoring = new Scoring(intents::get);
        for (LabelledQuestion q : questions) {
            scoring.add(q, model.understand(q.question(), null));
        }
        return EvaluationReport.of(scoring, config.localConfidenceThreshold());
    }

    private List<LabelledQuestion> parse(String csv) {
        List<LabelledQuestion> questions;
        try {
            questions = LabelledQuestion.read(new StringReader(csv == null ? "" : csv));
        } catch (IOException | IllegalArgumentException e) {
            throw NuraException.invalid("invalid_csv", "Expected CSV rows id,intent,question[,reference_answer]: "
                    + e.getMessage());
        }
        int max = config.evaluationMaxQuestions();
        if (questions.isEmpty() || questions.size() > max) {
            throw NuraException.invalid("invalid_csv", "Send between 1 and " + max + " questions");
        }
        if (questions.stream().anyMatch(q -> q.intent().isEmpty() || q.question().isBlank())) {
            throw NuraException.invalid("invalid_csv", "Every row needs an intent and a question");
        }
        return questions;
    }
}
