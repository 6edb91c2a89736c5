package org.nura.conversation.control;

import java.util.List;
import org.nura.knowledge.control.Understanding.Passage;
import org.nura.sessions.control.HistoryTurn;

/** Everything the LLM tier may ground an answer on: the question, its language, retrieved passages and memory; the
 * session and the id the answer will be stored under label the usage row. */
public record LlmQuestion(String text, String lang, List<Passage> passages, List<HistoryTurn> history,
        String sessionId, String answerId) {

    public LlmQuestion {
        passages = List.copyOf(passages);
        history = List.copyOf(history);
    }
}
