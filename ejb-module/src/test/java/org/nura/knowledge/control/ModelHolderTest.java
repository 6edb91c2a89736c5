package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ModelHolderTest {

    private static final OnBoxModel TINY = OnBoxModel.train(new TenantContent(
            List.of(new TenantContent.Article(1, java.util.Map.of("en", "Reset"), java.util.Map.of("en", "Press reset"))),
            List.of(new TenantContent.IntentDef("reset", List.of(1), "answer"),
                    new TenantContent.IntentDef(OnBoxModel.OUT_OF_SCOPE, List.of(), "decline")),
            List.of(new TenantContent.Example("reset", "how do I reset", "en", null),
                    new TenantContent.Example(OnBoxModel.OUT_OF_SCOPE, "tell me a joke", "en", null)),
            List.of()));

    @Test
    void anOlderRevisionNeverReplacesANewerModel() {
        ModelHolder holder = new ModelHolder();
        assertEquals(-1, holder.revision());
        OnBoxModel newer = TINY;
        holder.replace(newer, 5);
        holder.replace(OnBoxModel.train(new TenantContent(List.of(), List.of(
                new TenantContent.IntentDef("x", List.of(), "decline")), List.of(
                new TenantContent.Example("x", "x y z", "en", null)), List.of())), 4);
        assertSame(newer, holder.current().orElseThrow());
        assertEquals(5, holder.revision());
    }

    @Test
    void theCatchUpTimerSkipsWhileATrainingRuns() throws Exception {
        ModelHolder holder = new ModelHolder();
        holder.lockTraining();
        try {
            assertFalse(CompletableFuture.supplyAsync(holder::tryLockTraining).get());
        } finally {
            holder.unlockTraining();
        }
        assertTrue(CompletableFuture.supplyAsync(() -> {
            boolean got = holder.tryLockTraining();
            if (got) {
                holder.unlockTraining();
            }
            return got;
        }).get());
    }
}
