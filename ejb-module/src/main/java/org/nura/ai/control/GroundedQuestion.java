package org.nura.ai.control;

import java.util.List;

/** A customer question with its language, the retrieved context (best first) and the recent turns of the session. */
public record GroundedQuestion(String text, String lang, List<ContextItem> context, List<Turn> turns) {

    /** A remembered turn: {@code customer} or {@code assistant} (an agent's words count as the assistant's). */
    public record Turn(String role, String text) {
    }

    public GroundedQuestion {
        context = List.copyOf(context);
        turns = List.copyOf(turns);
    }
}
