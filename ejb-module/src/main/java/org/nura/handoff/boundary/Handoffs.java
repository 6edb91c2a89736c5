package org.nura.handoff.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.nura.conversation.control.InboundChecks;
import org.nura.conversation.entity.ChatTurn;
import org.nura.conversation.entity.ConversationLog;
import org.nura.handoff.control.HandoffLifecycle;
import org.nura.handoff.control.HandoffQueries;
import org.nura.handoff.control.LiveEvent;
import org.nura.handoff.control.LiveEvents;
import org.nura.handoff.control.QueuePage;
import org.nura.handoff.entity.SessionOutcome;
import org.nura.platform.control.JsonSupport;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Caller;
import org.nura.security.boundary.UserView;
import org.nura.security.boundary.Users;
import org.nura.security.events.AuditRecorded;
import org.nura.sessions.control.HandoffPolicy;
import org.nura.sessions.control.SessionStore;
import org.nura.sessions.entity.Session;

/**
 * The handoff lifecycle: bot → pending_handoff → human_active → resolved, one transaction per call. Every check
 * happens before the first write, and a refusal rolls back, so a rejected call changes nothing.
 */
@Stateless
public class Handoffs {

    public static final int MAX_REPLY_CHARS = 2000;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    SessionStore sessions;

    @Inject
    InboundChecks checks;

    @Inject
    HandoffPolicy policy;

    @Inject
    HandoffLifecycle lifecycle;

    @Inject
    HandoffQueries queries;

    @Inject
    LiveEvents live;

    @Inject
    Users users;

    @Inject
    Event<AuditRecorded> audit;

    /** The widget's button: hands the customer's session (a new one when none is given) to a human. */
    public DirectResult direct(DirectHandoff in) {
        String customerId = Fields.required("customer_id", in.customerId(), 128);
        String channel = checks.channel(in.channel());
        String reason = in.reason() == null || in.reason().isBlank() ? HandoffPolicy.DIRECT_BUTTON
                : Fields.required("reason", in.reason(), 64);
        // the customer's yes after a thumbs down is the bad_feedback trigger, switched on and off as such
        String trigger = HandoffPolicy.BAD_FEEDBACK.equals(reason) ? reason : HandoffPolicy.DIRECT_BUTTON;
        if (!policy.allows(trigger)) {
            throw NuraException.conflict("handoff_disabled", "Handoff to a human is switched off");
        }
        SessionStore.Opened opened = sessions.openOrCreate(in.sessionId(), in.sessionToken(), customerId, channel,
                in.identityVerified());
        Session session = opened.session();
        if (!session.heldByHuman()) {
            lifecycle.request(session, reason);
        }
        return new DirectResult(true, true, session.sessionId(), opened.token(), session.status());
    }

    /** An agent takes a pending session; of two agents at once exactly one wins, the other gets a 409. */
    public Acceptance accept(String sessionId, Caller agent) {
        // PostgreSQL keeps microseconds: the answer shows the time as it is stored
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        Session session = locked(sessionId); // a second agent accepting at once waits here, then is refused
        if (!Session.PENDING_HANDOFF.equals(session.status())) {
            // the loser of a race learns who won (the console shows "already taken by …")
            throw NuraException.conflict("not_pending", Session.HUMAN_ACTIVE.equals(session.status())
                    ? "Session " + sessionId + " is already taken by " + session.assignedAgentName()
                    : "Session " + sessionId + " is " + session.status() + ", not waiting for an agent");
        }
        session.accept(agent.userId(), agent.displayName(), at);
        lifecycle.latestOutcome(sessionId).filter(SessionOutcome::open)
                .ifPresent(o -> o.accept(agent.userId(), agent.displayName(), at));
        sessions.changed(session);
        lifecycle.status(sessionId, Session.HUMAN_ACTIVE, session.handoffReason(), agent.userId(), agent.displayName());
        return Acceptance.of(session);
    }

    /**
     * A supervisor gives a waiting or held session to an agent — or to themselves, a take-over. The new holder
     * answers from now on; the change is in the audit log and on both live streams.
     */
    public Acceptance transfer(String sessionId, String agentIdOrUsername, Caller supervisor) {
        boolean self = agentIdOrUsername == null || agentIdOrUsername.isBlank();
        // every role includes the agent's, so any active user can hold a session
        UserView target = self ? null : users.activeAgent(agentIdOrUsername.strip()).orElseThrow(() ->
                NuraException.invalid("unknown_agent", "No active user " + agentIdOrUsername + " to transfer to"));
        String id = self ? supervisor.userId() : String.valueOf(target.id());
        String name = self ? supervisor.displayName() : target.displayName();
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        Session session = locked(sessionId);
        if (!session.heldByHuman()) {
            throw NuraException.conflict("not_in_handoff", "Session " + sessionId + " is " + session.status()
                    + "; only a waiting or held session can be transferred");
        }
        String previous = session.assignedAgent();
        session.transfer(id, name, at);
        lifecycle.latestOutcome(sessionId).filter(SessionOutcome::open).ifPresent(o -> o.accept(id, name, at));
        sessions.changed(session);
        lifecycle.status(sessionId, Session.HUMAN_ACTIVE, session.handoffReason(), id, name);
        audit.fire(new AuditRecorded(supervisor.username(), self ? "handoff.takeover" : "handoff.transfer",
                "session:" + sessionId, "from=" + previous + " to=" + id + " (" + name + ")"));
        return Acceptance.of(session);
    }

    /** An agent's message to the customer of a session this agent holds; anyone else gets a 409. */
    public AgentMessage reply(String sessionId, String text, Caller agent) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.codePointCount(0, body.length()) > MAX_REPLY_CHARS) {
            throw NuraException.invalid("invalid_text", "text must be 1 to " + MAX_REPLY_CHARS + " characters");
        }
        Session session = locked(sessionId);
        if (!session.heldByHuman()) {
            throw NuraException.conflict("not_in_handoff", "Session " + sessionId + " is " + session.status()
                    + "; only a session a human holds takes agent replies");
        }
        holds(session, agent);
        ConversationLog log = ConversationLog.agent(session, body);
        em.persist(log);
        em.persist(new ChatTurn(sessionId, "agent", agent.userId(), agent.displayName(), body));
        LiveEvent event = live.record(sessionId, HandoffLifecycle.BOTH, "agent_message",
                JsonSupport.objectBuilder().add("text", body).add("agent", agent.userId())
                        .add("agent_name", agent.displayName()).add("session_id", sessionId)
                        .add("message_id", log.messageId()).add("created_at", log.createdAt().toString()).build());
        return new AgentMessage(true, sessionId, log.messageId(), event.id(), agent.userId(), agent.displayName(),
                log.createdAt());
    }

    /** Closes a session with the agent's outcome; the customer is back with the bot afterwards. */
    public Closure resolve(String sessionId, SessionOutcome.Resolution in, Caller agent) {
        SessionOutcome.Resolution resolution = Fields.resolution(in, agent.userId());
        Session session = locked(sessionId);
        if (Session.RESOLVED.equals(session.status())) {
            throw NuraException.conflict("already_resolved", "Session " + sessionId + " is already resolved");
        }
        if (Session.HUMAN_ACTIVE.equals(session.status())) {
            holds(session, agent);
        }
        OffsetDateTime at = OffsetDateTime.now();
        SessionOutcome outcome = lifecycle.latestOutcome(sessionId).filter(SessionOutcome::open).orElseGet(() -> {
            // a session resolved straight from the bot never had a handoff row; the outcome still belongs somewhere
            SessionOutcome fresh = new SessionOutcome(sessionId, session.handoffReason(), session.createdAt());
            em.persist(fresh);
            return fresh;
        });
        session.resolve(at);
        outcome.resolve(resolution, agent.displayName(), at);
        sessions.changed(session);
        lifecycle.status(sessionId, Session.RESOLVED, session.handoffReason(), agent.userId(), agent.displayName());
        return new Closure(true, sessionId, session.status(), resolution.status(), at,
                outcome.timeToResolutionSeconds(), agent.userId(), agent.displayName());
    }

    /** The console's resolve: the outcome fields one by one (the console sees no entity types). */
    public Closure resolve(String sessionId, String status, String issueCategory, String rootCause,
            String resolutionNotes, Caller agent) {
        return resolve(sessionId, new SessionOutcome.Resolution(status, issueCategory, rootCause, resolutionNotes,
                null), agent);
    }

    /** Only the holder answers or closes a held session; a supervisor takes it over first (transfer). */
    private static void holds(Session session, Caller agent) {
        if (!session.heldBy(agent.userId())) {
            throw NuraException.conflict("not_your_session", "Session " + session.sessionId() + " is held by "
                    + (session.assignedAgentName() == null ? "nobody yet" : session.assignedAgentName())
                    + "; accept it, or have a supervisor transfer it to you");
        }
    }

    /** Pending and active handoffs, oldest request first. */
    public QueuePage queue(int offset, int limit) {
        return queries.queue(offset, limit);
    }

    /** Refuses a customer stream unless the token belongs to the session; the same 401 for both kinds of doubt. */
    public void authorizeCustomer(String sessionId, String token) {
        sessions.verify(sessionId, token);
    }

    private Session locked(String sessionId) {
        return sessions.lock(sessionId)
                .orElseThrow(() -> NuraException.notFound("session_not_found", "No session " + sessionId));
    }
}
