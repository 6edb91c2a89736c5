package org.nura.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.nura.security.entity.SecurityLogEntry;
import org.nura.security.events.SecurityIncident;

/** The security log: stores every {@link SecurityIncident} and lets administrators read the latest. */
@Stateless
public class SecurityLogs {

    static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    /** In a transaction of its own: the refusal that caused the incident rolls its own transaction back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(@Observes SecurityIncident incident) {
        em.persist(new SecurityLogEntry(incident.kind(), incident.username(), incident.ip(), incident.userAgent(),
                incident.requestId(), incident.detail()));
    }

    /** The newest rows first, optionally of one kind. */
    public List<SecurityEventView> recent(String kind, int limit) {
        var query = kind == null || kind.isBlank()
                ? em.createNamedQuery("SecurityLogEntry.recent", SecurityLogEntry.class)
                : em.createNamedQuery("SecurityLogEntry.recentOfKind", SecurityLogEntry.class)
                        .setParameter("kind", kind.strip());
        return query.setMaxResults(Math.max(1, Math.min(MAX_PAGE, limit))).getResultStream()
                .map(SecurityEventView::of).toList();
    }
}
