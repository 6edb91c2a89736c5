package org.nura.analytics.control;

import java.time.OffsetDateTime;

/**
 * One session in a search result: who, where, its state and handoff, when, how many messages, and the first
 * message that matched the query (without a query: the customer's first message) with who wrote it.
 */
public record SessionSummary(String sessionId, String customerId, String channel, String lang, String status,
        String handoffReason, String assignedAgent, String assignedAgentName, boolean identityVerified,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime lastMessageAt, OffsetDateTime requestedAt,
        OffsetDateTime acceptedAt, OffsetDateTime resolvedAt, long messages, String matchedRole, String matchedText) {

    SessionSummary withMatch(String role, String text) {
        return new SessionSummary(sessionId, customerId, channel, lang, status, handoffReason, assignedAgent,
                assignedAgentName, identityVerified, createdAt, updatedAt, lastMessageAt, requestedAt, acceptedAt,
                resolvedAt, messages, role, text);
    }
}
