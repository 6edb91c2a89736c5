package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleCrossValidationTest {

    @Test
    void everyPhrasingIsScoredOnceHeldOutAndEachFoldIsReported() {
        TenantContent sample = TenantContent.sample();
        List<TenantContent.Example> examples = TenantContent.readExamples().stream()
                .filter(e -> List.of("esim", "working_hours", "out_of_scope").contains(e.intent())).limit(24).toList();
        TenantContent content = sample.withExamples(examples);
        List<Integer> folds = new ArrayList<>();
        Scoring scoring = ExampleCrossValidation.run(content, 3, folds::add);
        assertEquals(List.of(1, 2, 3), folds);
        assertEquals(examples.size(), scoring.outcomes().size());
        assertEquals(examples.stream().map(TenantContent.Example::text).sorted().toList(),
                scoring.outcomes().stream().map(o -> o.question().question()).sorted().toList());
        assertTrue(scoring.accuracy() > 0.3, "held out, the sample's own phrasings are mostly still understood: "
                + scoring.accuracy());
    }

    @Test
    void needsTwoFolds() {
        assertThrows(IllegalArgumentException.class, () -> ExampleCrossValidation.run(TenantContent.sample(), 1,
                f -> { }));
    }
}
