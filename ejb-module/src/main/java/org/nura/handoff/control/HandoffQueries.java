package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.nura.conversation.entity.ConversationLog;
import org.nura.platform.control.NuraException;
import org.nura.sessions.entity.Session;

/** Read side of the agents' queue: the sessions humans hold, each with its latest message. */
@ApplicationScoped
public class HandoffQueries {

    /** A page longer than this is a staffing problem, not something one screen should load; later pages page on. */
    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    /** Oldest first, {@code limit} entries from {@code offset}, with the whole queue's length. */
    public QueuePage queue(int offset, int limit) {
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            throw NuraException.invalid("invalid_page", "limit must be 1 to " + MAX_PAGE + " and offset at least 0");
        }
        long total = em.createNamedQuery("Session.countPendingHandoffs", Long.class).getSingleResult();
        List<QueueEntry> entries = em.createNamedQuery("Session.findPendingHandoffs", Session.class)
                .setFirstResult(offset).setMaxResults(limit).getResultStream().map(this::entry).toList();
        return new QueuePage(entries, total, offset, limit);
    }

    private QueueEntry entry(Session s) {
        // one small indexed query per entry (conversation_logs_session_idx); fine for a page of at most 200
        QueueEntry.LastMessage last = em.createNamedQuery("ConversationLog.latestOfSession", ConversationLog.class)
                .setParameter("session", s.sessionId()).setMaxResults(1).getResultStream().findFirst()
                .map(m -> new QueueEntry.LastMessage(m.role(),
                        "customer".equals(m.role()) ? m.customerMessage() : m.response(), m.createdAt()))
                .orElse(null);
        return new QueueEntry(s.sessionId(), s.customerId(), s.channel(), s.lang(), s.status(), s.handoffReason(),
                s.requestedAt(), s.acceptedAt(), s.assignedAgent(), s.assignedAgentName(), last);
    }
}
