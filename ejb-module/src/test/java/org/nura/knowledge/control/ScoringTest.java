package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final Map<String, TenantContent.IntentDef> INTENTS = Map.of(
            "voice_services", new TenantContent.IntentDef("voice_services", List.of(7, 8), "answer"),
            "esim", new TenantContent.IntentDef("esim", List.of(24), "answer"));

    private static Understanding answer(String intent, Integer article, String action, double confidence) {
        return new Understanding(intent, confidence, article, action, List.of());
    }

    @Test
    void outOfScopeIsRightOnlyWhenDeclined() {
        assertTrue(Scoring.isRight("out_of_scope", answer("out_of_scope", null, "decline", 0.9), null));
        assertFalse(Scoring.isRight("out_of_scope", answer("unknown", null, "unknown", 0.1), null));
        assertFalse(Scoring.isRight("out_of_scope", answer("esim", 24, "answer", 0.9), null));
    }

    @Test
    void anyHandoffServesComplaintAndAgentRequest() {
        assertTrue(Scoring.isRight("complaint", answer("agent_request", null, "handoff", 0.9), null));
        assertFalse(Scoring.isRight("agent_request", answer("esim", 24, "answer", 0.9), null));
    }

    @Test
    void answersAreRightByIntentOrByOneOfTheIntentsArticles() {
        TenantContent.IntentDef voice = INTENTS.get("voice_services");
        assertTrue(Scoring.isRight("voice_services", answer("voice_services", null, "answer", 0.5), voice));
        assertTrue(Scoring.isRight("voice_services", answer("fiveg", 8, "answer", 0.5), voice));
        assertFalse(Scoring.isRight("voice_services", answer("esim", 24, "answer", 0.5), voice));
    }

    @Test
    void calibrationBucketsAreTenthsWithOneInTheLast() {
        assertEquals(0, Scoring.bucket(0.0));
        assertEquals(8, Scoring.bucket(0.85));
        assertEquals(9, Scoring.bucket(1.0));
        Scoring s = new Scoring(INTENTS::get);
        s.add(new LabelledQuestion("a", "esim", "q", null), answer("esim", 24, "answer", 0.95));
        s.add(new LabelledQuestion("b", "esim", "q", null), answer("voice_services", 7, "answer", 0.92));
        s.add(new LabelledQuestion("c", "esim", "q", null), answer("esim", 24, "answer", 0.35));
        Scoring.Bucket top = s.calibration().get(9);
        assertEquals(2, top.count());
        assertEquals(0.5, top.accuracy(), 1e-9);
        assertEquals(1, s.calibration().get(3).right());
        assertEquals(2, s.atOrAbove(0.8).count());
        assertEquals(2.0 / 3, s.accuracy(), 1e-9);
        assertEquals(Map.of("esim -> voice_services", 1), s.confusions());
    }

    @Test
    void perIntentCountsPrecisionAndRecall() {
        Scoring s = new Scoring(INTENTS::get);
        s.add(new LabelledQuestion("a", "esim", "q", null), answer("esim", 24, "answer", 0.9));
        s.add(new LabelledQuestion("b", "voice_services", "q", null), answer("esim", 24, "answer", 0.9));
        int[] esim = s.perIntent().get("esim");
        assertEquals(1, esim[0]);
        assertEquals(2, esim[2]);
        assertEquals(1, esim[3]);
    }
}
