package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report the admin endpoint returns: the CLI's numbers as data, with null where a ratio has no denominator. */
class EvaluationReportTest {

    private static final Map<String, TenantContent.IntentDef> INTENTS = Map.of(
            "roaming", new TenantContent.IntentDef("roaming", List.of(7), "answer"),
            "billing", new TenantContent.IntentDef("billing", List.of(3), "answer"));

    @Test
    void accuracyIntentsConfusionsCalibrationAndThreshold() {
        Scoring s = new Scoring(INTENTS::get);
        s.add(q("1", "roaming"), new Understanding("roaming", 0.92, 7, "answer", List.of()), "en");
        s.add(q("2", "roaming"), new Understanding("billing", 0.55, 3, "answer", List.of()), "en");
        s.add(q("3", "billing"), new Understanding("billing", 0.35, 3, "answer", List.of()), "ar");
        EvaluationReport r = EvaluationReport.of(s, 0.5);
        assertEquals(3, r.questions());
        assertEquals(2.0 / 3, r.accuracy(), 1e-9);
        assertEquals(List.of(new EvaluationReport.LanguageRow("ar", 1, 1.0), new EvaluationReport.LanguageRow("en", 2,
                0.5)), r.perLanguage());
        assertEquals(List.of(new EvaluationReport.IntentRow("billing", 1, 1, 0.5, 1.0),
                new EvaluationReport.IntentRow("roaming", 2, 1, 1.0, 0.5)), r.perIntent());
        assertEquals(List.of(new EvaluationReport.Confusion("roaming", "billing", 1)), r.confusions());
        assertEquals(new EvaluationReport.Bucket(0.9, 1.0, 1, 1.0), r.calibration().get(9));
        assertNull(r.calibration().get(0).accuracy(), "an empty bucket has no accuracy");
        assertEquals(new EvaluationReport.Threshold(0.5, 2, 2.0 / 3, 0.5), r.atThreshold());
        assertEquals(List.of(), r.perTag(), "questions without a tag make no tag rows");
    }

    @Test
    void tagsAreReportedWhenTheQuestionsHaveThem() {
        Scoring s = new Scoring(INTENTS::get);
        s.add(new LabelledQuestion("1", "roaming", "q", null, "long", null), answer("roaming", 7));
        s.add(new LabelledQuestion("2", "roaming", "q", null, "long", null), answer("billing", 3));
        s.add(new LabelledQuestion("3", "billing", "q", null, "sorani", "ckb"), answer("billing", 3));
        EvaluationReport r = EvaluationReport.of(s, 0.5);
        assertEquals(List.of(new EvaluationReport.TagRow("long", 2, 0.5), new EvaluationReport.TagRow("sorani", 1,
                1.0)), r.perTag());
        assertEquals("ckb", s.outcomes().get(2).lang(), "a lang column wins over the guess");
    }

    private static Understanding answer(String intent, int article) {
        return new Understanding(intent, 0.9, article, "answer", List.of());
    }

    private static LabelledQuestion q(String id, String intent) {
        return new LabelledQuestion(id, intent, "question " + id, null);
    }
}
