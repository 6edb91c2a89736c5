package org.nura.handoff.boundary;

import java.time.OffsetDateTime;

/** An agent took a session: who, when, and why the customer had asked for a human. */
public record Acceptance(boolean ok, String sessionId, String handoffStatus, String assignedAgent,
        OffsetDateTime acceptedAt, String handoffReason) {
}
