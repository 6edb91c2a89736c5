package org.nura.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nura.analytics.entity.InsightReading;
import org.nura.knowledge.control.Understanding;

class InsightClassifierTest {

    private final InsightClassifier classifier = new InsightClassifier(0.5);

    private static Understanding understood(String intent, double confidence) {
        return new Understanding(intent, confidence, null, "answer", List.of());
    }

    @Test
    void anAnsweredQuestionKeepsTheAnswersIntentAndConfidence() {
        InsightReading r = classifier.local(new InsightClassifier.Turn("local", 0.93, "esim", null),
                understood("esim", 0.91), "neutral", 0.0);
        assertEquals(List.of("esim", "high", "local"), List.of(r.intent(), r.confidenceBucket(), r.classifier()));
        assertEquals(0.93, r.confidence());
        assertFalse(r.knowledgeGap());
    }

    @Test
    void aFallbackOnAnInScopeQuestionIsAKnowledgeGap() {
        InsightReading r = classifier.local(new InsightClassifier.Turn("fallback", 0.0, "unknown", null),
                understood("packages", 0.31), "negative", -0.5);
        assertEquals("unknown", r.intent(), "the model was not sure enough to name an intent");
        assertEquals("low", r.confidenceBucket());
        assertTrue(r.knowledgeGap());
        assertEquals("negative", r.sentiment());
    }

    @Test
    void declinedOutOfScopeQuestionsAreNoGap() {
        InsightReading r = classifier.local(new InsightClassifier.Turn("fallback", 0.88, "out_of_scope", null),
                understood("out_of_scope", 0.88), "neutral", 0.0);
        assertFalse(r.knowledgeGap());
    }

    @Test
    void anUnsureOutOfScopeGuessDoesNotHideAGap() {
        assertTrue(classifier.local(new InsightClassifier.Turn("fallback", 0.0, "unknown", null),
                understood("out_of_scope", 0.2), "neutral", 0.0).knowledgeGap());
    }

    @Test
    void aLowConfidenceHandoffIsAGapAnExplicitRequestIsNot() {
        assertTrue(classifier.local(new InsightClassifier.Turn("handoff", 0.3, "unknown", "low_confidence"),
                understood("unknown", 0.3), "neutral", 0).knowledgeGap());
        assertFalse(classifier.local(new InsightClassifier.Turn("handoff", 0.9, "agent_request", "explicit_request"),
                understood("agent_request", 0.9), "neutral", 0).knowledgeGap());
    }

    @Test
    void withAHumanTheGapIsWhetherTheModelWouldHaveKnown() {
        InsightReading unsure = classifier.local(new InsightClassifier.Turn("agent", null, null, null),
                understood("coverage", 0.2), "neutral", 0);
        assertTrue(unsure.knowledgeGap());
        assertEquals(0.2, unsure.confidence());
        InsightReading known = classifier.local(new InsightClassifier.Turn("agent", null, null, null),
                understood("coverage", 0.7), "neutral", 0);
        assertFalse(known.knowledgeGap());
        assertEquals(List.of("coverage", "medium"), List.of(known.intent(), known.confidenceBucket()));
    }

    @Test
    void readingsFromAnyClassifierAreKeptInRange() {
        InsightReading r = classifier.reading("esim", "positive", 3.0, 1.7, false, "llm");
        assertEquals(1.0, r.sentimentScore());
        assertEquals(1.0, r.confidence());
        assertEquals("high", r.confidenceBucket());
        assertEquals(0.0, classifier.reading("esim", "neutral", Double.NaN, Double.NaN, false, "llm").confidence());
    }
}
