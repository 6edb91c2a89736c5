package org.nura.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The revision of the tenant's knowledge in PostgreSQL: every change bumps it in the change's transaction, and each
 * node retrains when its model is older (the change's own node right after the commit, the others on their timer).
 */
@ApplicationScoped
public class KnowledgeRevisions {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    public long current() {
        return ((Number) em.createNativeQuery("SELECT revision FROM knowledge_revision WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /** Whether the content was ever changed after the shipped sample tenant was loaded. */
    public boolean edited() {
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT edited FROM knowledge_revision WHERE id = 1")
                .getSingleResult());
    }

    /** Marks a change in the caller's transaction; concurrent changes serialize on the one row. */
    public void bump() {
        em.createNativeQuery("UPDATE knowledge_revision SET revision = revision + 1, edited = true, changed_at = now()"
                + " WHERE id = 1").executeUpdate();
    }
}
