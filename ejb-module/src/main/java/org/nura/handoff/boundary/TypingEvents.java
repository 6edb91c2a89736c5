package org.nura.handoff.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import org.nura.handoff.control.HandoffLifecycle;
import org.nura.handoff.control.LiveEvents;
import org.nura.handoff.control.TypingThrottle;
import org.nura.platform.control.JsonSupport;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Caller;
import org.nura.sessions.control.SessionSnapshot;
import org.nura.sessions.control.SessionStore;
import org.nura.sessions.entity.Session;

/**
 * "Is typing…" both ways while an agent holds a session: the customer's signal goes to the agents' stream and the
 * console's chat, the agent's to the customer's stream. Signals are transient live events (never stored, never
 * replayed) and at most one per second per session and side gets through.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // nothing is written: no transaction to wait for
public class TypingEvents {

    public static final String TYPE = "typing";

    @Inject
    SessionStore sessions;

    @Inject
    LiveEvents live;

    @Inject
    TypingThrottle throttle;

    /** The customer types; 401 for a wrong token, 409 unless an agent holds the session. */
    public void customer(String sessionId, String token) {
        sessions.verify(sessionId, token);
        SessionSnapshot session = sessions.open(sessionId).orElseThrow(() -> NuraException.unauthorized(
                "invalid_session", "Unknown session or wrong token"));
        if (!Session.HUMAN_ACTIVE.equals(session.status())) {
            throw NuraException.conflict("not_with_agent", "Session " + sessionId + " is " + session.status()
                    + "; typing is sent only while an agent holds the session");
        }
        if (throttle.admit(sessionId, HandoffLifecycle.CUSTOMER, System.currentTimeMillis())) {
            live.publishNow(sessionId, HandoffLifecycle.AGENTS, TYPE, payload(sessionId, "customer").build());
        }
    }

    /** The holding agent types; 404 for an unknown session, 409 unless this agent holds it. */
    public void agent(String sessionId, Caller agent) {
        SessionSnapshot session = (sessionId == null ? java.util.Optional.<SessionSnapshot>empty()
                : sessions.open(sessionId)).orElseThrow(() -> NuraException.notFound("session_not_found",
                        "No session " + sessionId));
        if (!Session.HUMAN_ACTIVE.equals(session.status()) || !agent.userId().equals(session.assignedAgent())) {
            throw NuraException.conflict("not_your_session", "Session " + sessionId
                    + " is not held by you; typing is sent only by the agent holding the session");
        }
        if (throttle.admit(sessionId, HandoffLifecycle.AGENTS, System.currentTimeMillis())) {
            live.publishNow(sessionId, HandoffLifecycle.CUSTOMER, TYPE, payload(sessionId, "agent")
                    .add("agent", agent.userId()).add("agent_name", agent.displayName()).build());
        }
    }

    private static JsonObjectBuilder payload(String sessionId, String from) {
        return JsonSupport.objectBuilder().add("session_id", sessionId).add("from", from)
                .add("at", OffsetDateTime.now().toString());
    }
}
