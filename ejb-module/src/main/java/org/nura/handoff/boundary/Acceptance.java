package org.nura.handoff.boundary;

import java.time.OffsetDateTime;
import org.nura.sessions.entity.Session;

/** An agent took a session (or was given it): who (user id and name), when, and why the customer asked for a human. */
public record Acceptance(boolean ok, String sessionId, String handoffStatus, String assignedAgent,
        String assignedAgentName, OffsetDateTime acceptedAt, String handoffReason) {

    static Acceptance of(Session session) {
        return new Acceptance(true, session.sessionId(), session.status(), session.assignedAgent(),
                session.assignedAgentName(), session.acceptedAt(), session.handoffReason());
    }
}
