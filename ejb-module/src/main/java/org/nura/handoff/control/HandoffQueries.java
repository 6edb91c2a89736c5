package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.nura.conversation.entity.ConversationLog;
import org.nura.sessions.entity.Session;

/** Read side of the agents' queue: the sessions humans hold, each with its latest message. */
@ApplicationScoped
public class HandoffQueries {

    /** A queue longer than this is a staffing problem, not something one screen should load. */
    static final int MAX_QUEUE = 200;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    public List<QueueEntry> queue() {
        return em.createNamedQuery("Session.findPendingHandoffs", Session.class).setMaxResults(MAX_QUEUE)
                .getResultStream().map(this::entry).toList();
    }

    private QueueEntry entry(Session s) {
        // one small indexed query per entry (conversation_logs_session_idx); fine for a queue of at most 200
        QueueEntry.LastMessage last = em.createNamedQuery("ConversationLog.latestOfSession", ConversationLog.class)
                .setParameter("session", s.sessionId()).setMaxResults(1).getResultStream().findFirst()
                .map(m -> new QueueEntry.LastMessage(m.role(),
                        "customer".equals(m.role()) ? m.customerMessage() : m.response(), m.createdAt()))
                .orElse(null);
        return new QueueEntry(s.sessionId(), s.customerId(), s.channel(), s.lang(), s.status(), s.handoffReason(),
                s.requestedAt(), s.acceptedAt(), s.assignedAgent(), last, s.identityVerified());
    }
}
