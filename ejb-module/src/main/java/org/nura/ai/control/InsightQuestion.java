package org.nura.ai.control;

import java.util.List;
import java.util.Objects;

/**
 * A customer message to classify: its text, language (ar/ku/en), the tenant's intent names, and how the bot answered
 * (source such as local/rag/llm/fallback/rule/agent, and the answer's confidence, may be null), and the session and
 * message it belongs to (for the usage row; may be null).
 */
public record InsightQuestion(String text, String lang, List<String> intents, String answeredBy,
        Double answerConfidence, String sessionId, String messageId) {

    public InsightQuestion {
        intents = intents == null ? List.of() : intents.stream().filter(Objects::nonNull).toList();
    }

    /** A message outside any stored conversation. */
    public InsightQuestion(String text, String lang, List<String> intents, String answeredBy, Double answerConfidence) {
        this(text, lang, intents, answeredBy, answerConfidence, null, null);
    }
}
