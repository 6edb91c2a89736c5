package org.nura.handoff.boundary;

import java.time.OffsetDateTime;

/** An agent's reply as stored: its message id and the live event id the customer's stream receives it under. */
public record AgentMessage(boolean ok, String sessionId, String messageId, long eventId, String agent,
        String agentName, OffsetDateTime createdAt) {
}
