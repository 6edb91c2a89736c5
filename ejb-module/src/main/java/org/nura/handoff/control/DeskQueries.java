package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.nura.conversation.entity.ConversationLog;
import org.nura.sessions.entity.Session;

/**
 * Read side of the agents' console: the sessions waiting for an agent (oldest request first) and the ones one agent
 * holds, each with the customer's latest message; unread counts for the held ones.
 */
@ApplicationScoped
public class DeskQueries {

    /** As for the queue API: a longer wait list is a staffing problem, not one screen's page. */
    public static final int MAX_PENDING = HandoffQueries.MAX_PAGE;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    public List<DeskEntry> pending() {
        return em.createQuery("SELECT s FROM Session s WHERE s.status = :status ORDER BY s.requestedAt, s.sessionId",
                Session.class).setParameter("status", Session.PENDING_HANDOFF).setMaxResults(MAX_PENDING)
                .getResultStream().map(s -> entry(s, 0)).toList();
    }

    /**
     * The sessions {@code agentId} holds; unread: customer messages after the time in {@code seen} (the agent's last
     * look at that chat), or after the accept when the agent never opened it.
     */
    public List<DeskEntry> heldBy(String agentId, Map<String, OffsetDateTime> seen) {
        return em.createQuery("SELECT s FROM Session s WHERE s.status = :status AND s.assignedAgent = :agent"
                + " ORDER BY s.acceptedAt, s.sessionId", Session.class).setParameter("status", Session.HUMAN_ACTIVE)
                .setParameter("agent", agentId).setMaxResults(MAX_PENDING).getResultStream()
                .map(s -> entry(s, customerMessagesAfter(s.sessionId(), seen.getOrDefault(s.sessionId(),
                        s.acceptedAt())))).toList();
    }

    long customerMessagesAfter(String sessionId, OffsetDateTime since) {
        if (since == null) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(c) FROM ConversationLog c WHERE c.sessionId = :session"
                + " AND c.role = 'customer' AND c.createdAt > :since", Long.class)
                .setParameter("session", sessionId).setParameter("since", since).getSingleResult();
    }

    private DeskEntry entry(Session s, long unread) {
        // one small indexed query per row (conversation_logs_session_idx), as the queue API does
        ConversationLog last = em.createQuery("SELECT c FROM ConversationLog c WHERE c.sessionId = :session"
                + " AND c.role = 'customer' ORDER BY c.createdAt DESC, c.id DESC", ConversationLog.class)
                .setParameter("session", s.sessionId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new DeskEntry(s.sessionId(), s.customerId(), s.channel(), s.lang(), s.status(), s.handoffReason(),
                s.requestedAt(), s.acceptedAt(), s.assignedAgentName(), last == null ? null : last.customerMessage(),
                last == null ? null : last.createdAt(), unread);
    }
}
