package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.nura.conversation.events.CustomerMessageForAgent;
import org.nura.conversation.events.HandoffRequested;
import org.nura.handoff.entity.SessionOutcome;
import org.nura.handoff.events.HandoffStarted;
import org.nura.platform.control.JsonSupport;
import org.nura.sessions.control.SessionStore;
import org.nura.sessions.entity.Session;

/**
 * What happens around a handoff inside the caller's transaction: the outcome row, the live events agents and
 * customers see, and the {@link HandoffStarted} seam. Every trigger (pipeline, thumbs down, direct button) ends here.
 */
@ApplicationScoped
public class HandoffLifecycle {

    public static final String CUSTOMER = "customer";
    public static final String AGENTS = "agents";
    public static final String BOTH = "both";

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    SessionStore sessions;

    @Inject
    LiveEvents live;

    @Inject
    Event<HandoffStarted> started;

    /** Moves a bot (or resolved) session to pending_handoff for {@code reason}; the row must be locked by the caller. */
    public void request(Session session, String reason) {
        OffsetDateTime at = OffsetDateTime.now();
        session.requestHandoff(reason, at);
        sessions.changed(session);
        begin(session.sessionId(), session.customerId(), session.channel(), reason, session.lang(), at);
    }

    /** The pipeline already moved the session (explicit request, sentiment, low confidence); the rest follows here. */
    void onRequested(@Observes HandoffRequested requested) {
        begin(requested.sessionId(), requested.customerId(), requested.channel(), requested.reason(),
                requested.lang(), requested.at());
    }

    /**
     * Observed inside the message's transaction rather than after it: the live event is then stored atomically with
     * the message, and the hub itself publishes only after the commit.
     */
    void onCustomerMessage(@Observes CustomerMessageForAgent message) {
        JsonObjectBuilder payload = JsonSupport.objectBuilder().add("session_id", message.sessionId())
                .add("message_id", message.messageId()).add("text", message.text())
                .add("channel", message.channel()).add("handoff_status", message.handoffStatus())
                .add("created_at", message.at().toString());
        optional(payload, "customer_id", message.customerId());
        optional(payload, "lang", message.lang());
        live.record(message.sessionId(), AGENTS, "customer_message", payload.build());
    }

    /** Tells both sides the session's new state. */
    public LiveEvent status(String sessionId, String status, String reason, String agent) {
        return status(sessionId, status, reason, agent, null);
    }

    /** Tells both sides the session's new state and who holds it (user id and display name). */
    public LiveEvent status(String sessionId, String status, String reason, String agent, String agentName) {
        JsonObjectBuilder payload = JsonSupport.objectBuilder().add("session_id", sessionId)
                .add("handoff_status", status).add("at", OffsetDateTime.now().toString());
        optional(payload, "reason", reason);
        optional(payload, "agent", agent);
        optional(payload, "agent_name", agentName);
        return live.record(sessionId, BOTH, "status", payload.build());
    }

    /** The latest outcome row of a session, the one an accept or resolve updates. */
    public Optional<SessionOutcome> latestOutcome(String sessionId) {
        return em.createNamedQuery("SessionOutcome.latestOfSession", SessionOutcome.class)
                .setParameter("session", sessionId).setMaxResults(1).getResultStream().findFirst();
    }

    private void begin(String sessionId, String customerId, String channel, String reason, String lang,
            OffsetDateTime at) {
        em.persist(new SessionOutcome(sessionId, reason, at));
        status(sessionId, Session.PENDING_HANDOFF, reason, null);
        started.fire(new HandoffStarted(sessionId, customerId, channel, reason, lang, at));
    }

    static void optional(JsonObjectBuilder builder, String key, String value) {
        if (value != null) {
            builder.add(key, value);
        }
    }
}
