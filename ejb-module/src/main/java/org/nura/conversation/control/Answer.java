package org.nura.conversation.control;

import java.util.List;

/**
 * What one answer tier produced. {@code handoffReason} is set when the answer hands the customer to a human.
 * {@code source} is one of the API's sources: rules, local, rag, openai, handoff, fallback.
 */
public record Answer(String response, String source, double confidence, String intent, Integer articleId,
        List<Citation> citations, String handoffReason) {

    public static final String UNKNOWN_INTENT = "unknown";

    public Answer {
        if (response == null || response.isBlank() || source == null) {
            throw new IllegalArgumentException("an answer has text and a source");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence is in [0, 1], not " + confidence);
        }
        citations = List.copyOf(citations);
    }

    public boolean escalates() {
        return handoffReason != null;
    }

    /** A fallback: nothing confident, so the customer is offered the topic tree and a human. */
    public boolean unsure() {
        return "fallback".equals(source) && !"out_of_scope".equals(intent);
    }
}
