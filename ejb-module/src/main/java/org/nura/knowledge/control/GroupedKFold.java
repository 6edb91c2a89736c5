package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grouped, intent-stratified k-fold split: all variants of one question (same {@link LabelledQuestion#group()}) land
 * in the same fold, so no fold is tested on a rewording of its own training rows.
 */
public final class GroupedKFold {

    private GroupedKFold() {
    }

    /** {@code k} disjoint folds covering all questions; deterministic, groups dealt round-robin by intent. */
    public static List<List<LabelledQuestion>> split(List<LabelledQuestion> questions, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold needs k >= 2, got " + k);
        }
        Map<String, List<LabelledQuestion>> groups = new LinkedHashMap<>();
        questions.forEach(q -> groups.computeIfAbsent(q.group(), g -> new ArrayList<>()).add(q));
        List<List<LabelledQuestion>> ordered = new ArrayList<>(groups.values());
        // sorting by intent first spreads each intent's groups over the folds (stratification)
        ordered.sort(Comparator.comparing((List<LabelledQuestion> g) -> g.get(0).intent())
                .thenComparing(g -> g.get(0).group()));
        List<List<LabelledQuestion>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < ordered.size(); i++) {
            folds.get(i % k).addAll(ordered.get(i));
        }
        return folds;
    }
}
