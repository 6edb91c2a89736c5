package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.nura.ai.control.InsightQuestion;
import org.nura.ai.control.LlmGateway;
import org.nura.ai.control.LlmInsight;
import org.nura.analytics.entity.InsightReading;
import org.nura.analytics.entity.MessageInsight;
import org.nura.conversation.entity.ConversationLog;
import org.nura.conversation.events.CustomerMessageLogged;
import org.nura.jobs.control.JobDispatcher;
import org.nura.jobs.control.JobFailure;
import org.nura.jobs.control.JobHandler;
import org.nura.jobs.entity.Job;
import org.nura.knowledge.control.KnowledgeConfig;
import org.nura.knowledge.control.ModelHolder;
import org.nura.knowledge.control.OnBoxModel;
import org.nura.knowledge.control.SentimentScorer;
import org.nura.knowledge.control.Understanding;
import org.nura.knowledge.entity.Intent;
import org.nura.platform.control.JsonSupport;
import org.nura.platform.control.Resources;

/**
 * Writes the {@code message_insights} row of one customer message: read by the LLM when it is configured (its
 * tokens and cost land in {@code llm_usage_logs}), else — or when the LLM fails — by the on-box models. One job is
 * enqueued per customer message, in the transaction that stored the message.
 */
@ApplicationScoped
public class InsightJob implements JobHandler {

    public static final String TYPE = "insight";

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    ModelHolder models;

    @Inject
    LlmGateway llm;

    @Inject
    KnowledgeConfig knowledge;

    @Inject
    JobDispatcher jobs;

    private final SentimentScorer sentiments = new SentimentScorer();

    /** The job's payload: the message and how it was answered; the text itself stays in conversation_logs. */
    public static String payload(CustomerMessageLogged m) {
        JsonObjectBuilder json = JsonSupport.objectBuilder().add("message_id", m.messageId())
                .add("session_id", m.sessionId()).add("lang", m.lang()).add("answered_by", m.answeredBy());
        Optional.ofNullable(m.answerConfidence()).ifPresent(c -> json.add("answer_confidence", c));
        Optional.ofNullable(m.answerIntent()).ifPresent(i -> json.add("answer_intent", i));
        Optional.ofNullable(m.handoffReason()).ifPresent(r -> json.add("handoff_reason", r));
        if (m.modelIntent() != null && m.modelConfidence() != null) {
            json.add("model_intent", m.modelIntent()).add("model_confidence", m.modelConfidence());
        }
        return json.build().toString();
    }

    void customerMessage(@Observes CustomerMessageLogged message) {
        jobs.enqueue(TYPE, () -> payload(message), message.messageId());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String queue() {
        return Resources.INSIGHT_QUEUE;
    }

    @Override
    public Optional<String> deadLetterQueue() {
        return Optional.of(Resources.INSIGHT_DEAD_LETTER_QUEUE);
    }

    @Override
    public void run(Job job) throws JobFailure {
        JsonObject p = JsonSupport.reader(job.payload()).readObject();
        String messageId = p.getString("message_id");
        // FlushModeType.COMMIT: these reads do not depend on the job row's new attempt, which then goes out in one
        // UPDATE with the job's outcome at the commit instead of a flush of its own before the first read
        if (em.createNamedQuery("MessageInsight.countByMessageId", Long.class).setParameter("messageId", messageId)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult() > 0) {
            return; // written by an earlier attempt whose acknowledgement was lost
        }
        String text = em.createNamedQuery("ConversationLog.findByMessageId", ConversationLog.class)
                .setParameter("messageId", messageId).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst()
                .map(ConversationLog::customerMessage)
                .orElseThrow(() -> new JobFailure("message " + messageId + " is not in conversation_logs"));
        InsightText message = new InsightText(text, p.getString("lang", "ar"), p.getString("session_id"), messageId);
        InsightClassifier.Turn turn = new InsightClassifier.Turn(p.getString("answered_by"),
                number(p, "answer_confidence"), p.getString("answer_intent", null), p.getString("handoff_reason", null));
        em.persist(new MessageInsight(messageId, message.sessionId(), read(message, turn, reused(p))));
    }

    /** The on-box model's reading made while the message was answered, if the payload carries it. */
    private static Optional<Understanding> reused(JsonObject p) {
        Double confidence = number(p, "model_confidence");
        String intent = p.getString("model_intent", null);
        return confidence == null || intent == null ? Optional.empty()
                : Optional.of(new Understanding(intent, confidence, null, Understanding.UNKNOWN, List.of()));
    }

    /** The message as it is read. */
    private record InsightText(String text, String lang, String sessionId, String messageId) {
    }

    /** By the LLM when it is configured; else by the on-box models, reusing the answer's reading when there was one. */
    private InsightReading read(InsightText m, InsightClassifier.Turn turn, Optional<Understanding> reused)
            throws JobFailure {
        Optional<OnBoxModel> model = models.current();
        if (reused.isEmpty() && model.isEmpty()) {
            throw new JobFailure("the on-box model is still training");
        }
        InsightClassifier classifier = new InsightClassifier(knowledge.localConfidenceThreshold());
        return byLlm(classifier, m, turn).orElseGet(() -> {
            SentimentScorer.Sentiment s = sentiments.score(m.text());
            Understanding understood = reused.orElseGet(() -> model.orElseThrow().understand(m.text(), m.lang()));
            return classifier.local(turn, understood, s.label(), s.score());
        });
    }

    private Optional<InsightReading> byLlm(InsightClassifier classifier, InsightText m, InsightClassifier.Turn turn) {
        if (!llm.available()) {
            return Optional.empty();
        }
        List<String> intents = em.createNamedQuery("Intent.findAll", Intent.class).getResultStream()
                .map(Intent::id).toList();
        Optional<LlmInsight> read = llm.classify(new InsightQuestion(m.text(), m.lang(), intents, turn.answeredBy(),
                turn.answerConfidence(), m.sessionId(), m.messageId()));
        return read.map(r -> classifier.reading(r.intent(), r.sentiment(), r.sentimentScore(), r.confidence(),
                r.knowledgeGap(), InsightClassifier.LLM));
    }

    private static Double number(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
