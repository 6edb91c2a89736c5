package org.nura.conversation.events;

import java.time.OffsetDateTime;

/**
 * SEAM for the handoff component: fired (synchronously, inside the message's transaction) when a customer writes
 * in a session a human holds (pending_handoff or human_active). The message is already stored in conversation_logs
 * and chat_turns; observe with {@code during = AFTER_SUCCESS} to push it to the agent's stream.
 */
public record CustomerMessageForAgent(String sessionId, String messageId, String customerId, String channel,
        String text, String lang, String handoffStatus, OffsetDateTime at) {
}
