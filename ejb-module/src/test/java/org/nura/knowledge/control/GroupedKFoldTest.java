package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupedKFoldTest {

    @Test
    void groupIsTheIdWithoutItsVariantNumber() {
        assertEquals("manual_slow_001", q("manual_slow_001_3", "x").group());
        assertEquals("manual_slow", q("manual_slow_001", "x").group());
        assertEquals("plain", q("plain", "x").group());
        assertEquals("ends_with_", q("ends_with_", "x").group());
        assertEquals("a_b", q("a_b", "x").group());
    }

    @Test
    void variantsOfOneQuestionNeverSitInTwoFolds() {
        List<LabelledQuestion> questions = new ArrayList<>();
        for (int g = 0; g < 23; g++) {
            for (int v = 0; v < 1 + g % 4; v++) {
                questions.add(q("intent" + g % 5 + "_" + String.format("%03d", g) + "_" + v, "intent" + g % 5));
            }
        }
        List<List<LabelledQuestion>> folds = GroupedKFold.split(questions, 5);
        Map<String, Integer> foldOfGroup = new HashMap<>();
        int total = 0;
        for (int f = 0; f < folds.size(); f++) {
            total += folds.get(f).size();
            assertTrue(!folds.get(f).isEmpty(), "fold " + f + " is empty");
            for (LabelledQuestion q : folds.get(f)) {
                Integer before = foldOfGroup.putIfAbsent(q.group(), f);
                assertTrue(before == null || before == f, q.group() + " split over folds " + before + " and " + f);
            }
        }
        assertEquals(questions.size(), total);
        assertEquals(23, foldOfGroup.size());
    }

    @Test
    void kBelowTwoIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GroupedKFold.split(List.of(q("a_1", "x")), 1));
    }

    private static LabelledQuestion q(String id, String intent) {
        return new LabelledQuestion(id, intent, "question " + id, null);
    }
}
