package org.nura.ai.control;

import java.util.List;

/**
 * A customer question with its language, the retrieved context (best first), the recent turns of the session and
 * the session's id and the id the answer will be stored under (for the usage row; either may be null).
 */
public record GroundedQuestion(String text, String lang, List<ContextItem> context, List<Turn> turns,
        String sessionId, String messageId) {

    /** A remembered turn: {@code customer} or {@code assistant} (an agent's words count as the assistant's). */
    public record Turn(String role, String text) {
    }

    public GroundedQuestion {
        context = List.copyOf(context);
        turns = List.copyOf(turns);
    }

    /** A question outside any session. */
    public GroundedQuestion(String text, String lang, List<ContextItem> context, List<Turn> turns) {
        this(text, lang, context, turns, null, null);
    }
}
