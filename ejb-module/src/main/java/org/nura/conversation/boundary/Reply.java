package org.nura.conversation.boundary;

import java.util.List;
import org.nura.conversation.control.Citation;

/** The answer to a customer message, field for field the {@code POST /v1/message} contract. */
public record Reply(String sessionId, String sessionToken, String messageId, String response, String channel,
        boolean escalated, Double confidence, String source, String intent, Integer articleId, List<Citation> citations,
        String handoffStatus) {

    public Reply {
        citations = List.copyOf(citations);
    }
}
