package org.nura.handoff.boundary;

import java.time.OffsetDateTime;

/** A resolved session: the outcome status the agent chose and how long the customer waited for it to end. */
public record Closure(boolean ok, String sessionId, String handoffStatus, String status, OffsetDateTime resolvedAt,
        double timeToResolutionSeconds, String resolvedBy, String resolvedByName) {
}
