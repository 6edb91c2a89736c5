package org.nura.handoff.events;

import java.time.OffsetDateTime;

/**
 * SEAM for the background-jobs issue (escalation webhook): fired synchronously inside the transaction that moved a
 * session to pending_handoff, after the state change, the outcome row and the live event are written. Observe it
 * in the same transaction to enqueue the webhook job with a transacted JMS send (it commits or rolls back with the
 * handoff), or with {@code during = AFTER_SUCCESS} for work that must only see committed handoffs.
 */
public record HandoffStarted(String sessionId, String customerId, String channel, String reason, String lang,
        OffsetDateTime requestedAt) {
}
