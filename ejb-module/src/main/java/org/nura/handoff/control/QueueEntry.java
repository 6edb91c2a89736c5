package org.nura.handoff.control;

import java.time.OffsetDateTime;

/** A pending or active handoff as the agents' live queue shows it; the agent as user id and display name. */
public record QueueEntry(String sessionId, String customerId, String channel, String lang, String handoffStatus,
        String reason, OffsetDateTime requestedAt, OffsetDateTime acceptedAt, String assignedAgent,
        String assignedAgentName, LastMessage lastMessage) {

    /** The latest message of the session, whoever wrote it (customer, assistant or agent). */
    public record LastMessage(String role, String text, OffsetDateTime createdAt) {
    }
}
