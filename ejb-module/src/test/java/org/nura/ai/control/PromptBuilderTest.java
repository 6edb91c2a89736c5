package org.nura.ai.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The prompt: identity, grounding rule, language, de-duplicated context within its token budget, recent turns. */
class PromptBuilderTest {

    private static final ContextItem REFUND = new ContextItem("article", "16", "Refunds", "Refunds take 5 days.");

    @Test
    void carriesCompanyAgentRulesLanguageAndMarkers() {
        Prompt p = new PromptBuilder("Rcell", "NURA", 1000, 6).build(
                new GroundedQuestion("كم يستغرق الاسترداد؟", "ar", List.of(REFUND), List.of()));
        assertTrue(p.system().contains("You are NURA, the customer-support assistant of Rcell."), p.system());
        assertTrue(p.system().contains("Answer ONLY from the context"), p.system());
        assertTrue(p.system().contains("Answer in Arabic"), p.system());
        assertTrue(p.system().contains(PromptBuilder.NO_ANSWER));
        assertTrue(p.system().contains("[article:16] Refunds\nRefunds take 5 days."), p.system());
        assertEquals(List.of(new Prompt.Line("user", "كم يستغرق الاسترداد؟")), p.lines());
    }

    @Test
    void languageOfEachCustomer() {
        assertEquals("Kurmanji Kurdish (Latin script)", PromptBuilder.languageName("ku"));
        assertEquals("English", PromptBuilder.languageName("en"));
        assertEquals("the customer's own language", PromptBuilder.languageName(null));
    }

    @Test
    void dropsRepeatedIdsAndRepeatedTexts() {
        List<ContextItem> kept = PromptBuilder.deduplicated(List.of(REFUND,
                new ContextItem("article", "16", "Refunds again", "other text"),
                new ContextItem("chunk", "handbook.md#2", "Copy", "  refunds TAKE 5\n days. "),
                new ContextItem("chunk", "handbook.md#3", "Roaming", "Roaming costs extra.")));
        assertEquals(List.of("16", "handbook.md#3"), kept.stream().map(ContextItem::id).toList());
    }

    @Test
    void keepsTheBestItemsThatFitTheBudget() {
        ContextItem big = new ContextItem("chunk", "a#0", null, "x".repeat(400)); // ~100 tokens + marker
        ContextItem small = new ContextItem("chunk", "a#1", null, "y".repeat(40));
        List<ContextItem> kept = PromptBuilder.withinBudget(List.of(big, big, small), 130);
        assertEquals(2, kept.size(), "the second big one does not fit, the small one after it does");
        assertEquals("a#1", kept.get(1).id());
    }

    @Test
    void cutsTheFirstItemRatherThanSendingNoContext() {
        ContextItem huge = new ContextItem("chunk", "a#0", null, "z".repeat(10_000));
        List<ContextItem> kept = PromptBuilder.withinBudget(List.of(huge), 100);
        assertEquals(1, kept.size());
        assertTrue(PromptBuilder.tokens(kept.get(0).text()) <= 100, "cut to the budget");
    }

    @Test
    void keepsOnlyTheRecentTurnsWithTheirRoles() {
        List<GroundedQuestion.Turn> turns = List.of(new GroundedQuestion.Turn("customer", "one"),
                new GroundedQuestion.Turn("assistant", "two"), new GroundedQuestion.Turn("customer", "three"));
        Prompt p = new PromptBuilder("Rcell", "NURA", 1000, 2).build(new GroundedQuestion("four", "en",
                List.of(REFUND), turns));
        assertEquals(List.of(new Prompt.Line("assistant", "two"), new Prompt.Line("user", "three"),
                new Prompt.Line("user", "four")), p.lines());
        assertFalse(p.system().contains("one"));
    }
}
