package org.nura.conversation.boundary;

import java.util.List;
import org.nura.conversation.control.Citation;

/**
 * The answer to a customer message, field for field the {@code POST /v1/message} contract; {@code lang} is the
 * language the answer was given in (the message's own, or the hint for a message too short to tell).
 */
public record Reply(String sessionId, String sessionToken, String messageId, String response, String channel,
        boolean escalated, Double confidence, String source, String intent, Integer articleId, List<Citation> citations,
        String handoffStatus, String lang) {

    public Reply {
        citations = List.copyOf(citations);
    }
}
