package org.nura.analytics.control;

import java.util.Set;
import org.nura.analytics.entity.InsightReading;
import org.nura.knowledge.control.OnBoxModel;
import org.nura.knowledge.control.Understanding;

/**
 * Reads a customer message for the insights report with the on-box models: the intent the customer was answered
 * with (else the model's, if it is sure), the lexicon sentiment, a confidence bucket, and whether the message shows
 * a knowledge gap — an in-scope question the assistant had no confident answer for.
 */
public final class InsightClassifier {

    public static final String LOCAL = "local";
    public static final String LLM = "llm";
    static final double HIGH = 0.8;
    /** Intents that are not questions the knowledge base should answer. */
    private static final Set<String> NOT_QUESTIONS = Set.of(OnBoxModel.OUT_OF_SCOPE, "complaint", "agent_request");

    /** How the assistant handled the message; every field but {@code answeredBy} may be null. */
    public record Turn(String answeredBy, Double answerConfidence, String answerIntent, String handoffReason) {
    }

    private final double threshold;

    /** {@code threshold}: the confidence below which the assistant does not answer from its own knowledge. */
    public InsightClassifier(double threshold) {
        this.threshold = threshold;
    }

    public InsightReading local(Turn turn, Understanding understood, String sentiment, double sentimentScore) {
        boolean answeredWithIntent = turn.answerIntent() != null && !Understanding.UNKNOWN.equals(turn.answerIntent());
        String intent = answeredWithIntent ? turn.answerIntent()
                : understood.confidence() >= threshold ? understood.intent() : Understanding.UNKNOWN;
        double confidence = turn.answerConfidence() != null ? turn.answerConfidence() : understood.confidence();
        return reading(intent, sentiment, sentimentScore, confidence, gap(turn, understood, intent), LOCAL);
    }

    /** A reading from any classifier, with the bucket of its confidence and values kept in range. */
    public InsightReading reading(String intent, String sentiment, double sentimentScore, double confidence,
            boolean knowledgeGap, String classifier) {
        double c = clamp(confidence, 0, 1);
        return new InsightReading(intent, sentiment, clamp(sentimentScore, -1, 1), c, bucket(c), knowledgeGap,
                classifier);
    }

    public String bucket(double confidence) {
        return confidence >= HIGH ? "high" : confidence >= threshold ? "medium" : "low";
    }

    private boolean gap(Turn turn, Understanding understood, String intent) {
        boolean sureNotAQuestion = understood.confidence() >= threshold && NOT_QUESTIONS.contains(understood.intent());
        if (NOT_QUESTIONS.contains(intent) || sureNotAQuestion) {
            return false;
        }
        return switch (turn.answeredBy() == null ? "" : turn.answeredBy()) {
            case "fallback" -> true;
            case "rules" -> false;
            // with a human: would the assistant have known the answer?
            case "agent" -> understood.confidence() < threshold;
            default -> "low_confidence".equals(turn.handoffReason());
        };
    }

    private static double clamp(double value, double low, double high) {
        return Double.isNaN(value) ? 0 : Math.max(low, Math.min(high, value));
    }
}
