package org.nura.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nura.ai.control.ContextItem;
import org.nura.ai.control.GroundedAnswer;
import org.nura.ai.control.GroundedQuestion;
import org.nura.knowledge.control.Understanding.Passage;
import org.nura.sessions.control.HistoryTurn;

/** The LLM tier's mapping: passages and memory into the gateway's question, cited items into API citations. */
class LlmTierTest {

    @Test
    void citedItemsBecomeArticleAndDocumentCitations() {
        Answer a = LlmTier.toAnswer(new GroundedAnswer("Turn it on in the app.", List.of(
                new ContextItem("chunk", "handbook.md#3", "Roaming", "..."),
                new ContextItem("article", "7", "Roaming", "..."),
                new ContextItem("chunk", "handbook.md#4", "Roaming fees", "..."))));
        assertEquals("openai", a.source());
        assertEquals(7, a.articleId());
        assertEquals(List.of(new Citation("document", "handbook.md", "handbook.md"), new Citation("article", "7",
                "Roaming")), a.citations(), "one citation per document");
    }

    @Test
    void passagesAndHistoryReachTheGateway() {
        GroundedQuestion q = LlmTier.grounded(new LlmQuestion("and the fees?", "en",
                List.of(new Passage("chunk", "h.md#1", "Fees", "Daily fees.", 9.0)),
                List.of(new HistoryTurn("customer", "roaming?", "t", "m1"), new HistoryTurn("agent", "in the app", "t",
                        "m2")), "s-1", "a-1"));
        assertEquals(List.of(new ContextItem("chunk", "h.md#1", "Fees", "Daily fees.")), q.context());
        assertEquals(List.of(new GroundedQuestion.Turn("customer", "roaming?"),
                new GroundedQuestion.Turn("assistant", "in the app")), q.turns());
        assertEquals("s-1", q.sessionId(), "the usage row names the session");
        assertEquals("a-1", q.messageId(), "and the answer it paid for");
    }
}
