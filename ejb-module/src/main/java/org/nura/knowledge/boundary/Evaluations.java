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
import org.nura.platform.control.TextInput;

/**
 * Measures the running on-box model on labelled questions ({@code id,intent,question[,reference_answer]}), judged
 * as the CLI judges them ({@link Scoring}), so that a tenant can check its content before and after a change.
 */
@Stateless
public class Evaluations {

    /** A line holds a question, its id, intent and reference answer: a few questions' worth of characters. */
    static final int LINE_LENGTH_FACTOR = 4;

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
        String text = TextInput.check("The CSV", csv == null ? "" : csv);
        int maxChars = config.evaluationMaxQuestionChars();
        refuseLongLines(text, LINE_LENGTH_FACTOR * maxChars);
        List<LabelledQuestion> questions;
        try {
            questions = LabelledQuestion.read(new StringReader(text));
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
        if (questions.stream().anyMatch(q -> q.question().length() > maxChars)) {
            throw NuraException.invalid("csv_question_too_long", "A question may have at most " + maxChars
                    + " characters, as a customer's message");
        }
        return questions;
    }

    /** Before any parsing: a 900 KB line is refused at once, not scored for minutes. */
    private static void refuseLongLines(String text, int max) {
        int start = 0;
        for (int line = 1; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > max) {
                throw NuraException.invalid("csv_line_too_long", "Line " + line + " of the CSV is longer than " + max
                        + " characters");
            }
            start = end + 1;
        }
    }
}
