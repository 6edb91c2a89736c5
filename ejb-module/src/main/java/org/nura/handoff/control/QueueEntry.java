package org.nura.handoff.control;

import java.time.OffsetDateTime;

/**
 * A pending or active handoff as the agents' live queue shows it; the agent as user id and display name;
 * {@code identityVerified}: the customer id was proved by the site's HMAC (widget identity verification).
 */
public record QueueEntry(String sessionId, String customerId, String channel, String lang, String handoffStatus,
        String reason, OffsetDateTime requestedAt, OffsetDateTime acceptedAt, String assignedAgent,
        String assignedAgentName, LastMessage lastMessage, boolean identityVerified) {

    /** The latest message of the session, whoever wrote it (customer, assistant or agent). */
    public record LastMessage(String role, String text, OffsetDateTime createdAt) {
    }
}
