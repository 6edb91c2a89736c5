package org.nura.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.nura.security.entity.AuditEntry;
import org.nura.security.events.AuditRecorded;

/** The audit log: stores every {@link AuditRecorded} in the change's own transaction, and reads the latest. */
@Stateless
public class AuditLogs {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    /** Joins the caller's transaction: the row exists exactly when the change committed. */
    public void store(@Observes AuditRecorded record) {
        em.persist(new AuditEntry(record.actor(), record.action(), record.target(), record.detail()));
    }

    public List<AuditView> recent(String action, int limit) {
        var query = action == null || action.isBlank()
                ? em.createNamedQuery("AuditEntry.recent", AuditEntry.class)
                : em.createNamedQuery("AuditEntry.recentOfAction", AuditEntry.class).setParameter("action", action.strip());
        return query.setMaxResults(Math.max(1, Math.min(SecurityLogs.MAX_PAGE, limit))).getResultStream()
                .map(AuditView::of).toList();
    }
}
