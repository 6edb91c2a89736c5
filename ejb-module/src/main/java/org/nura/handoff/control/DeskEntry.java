package org.nura.handoff.control;

import java.time.OffsetDateTime;

/**
 * A session on an agent's desk in the console: waiting for an agent or held by this one, with the customer's latest
 * message (null when the customer wrote none yet) and, for a held session, the customer messages the agent has not
 * seen yet.
 */
public record DeskEntry(String sessionId, String customerId, String channel, String lang, String status,
        String reason, OffsetDateTime requestedAt, OffsetDateTime acceptedAt, String assignedAgentName,
        String lastCustomerText, OffsetDateTime lastCustomerAt, long unread) {
}
