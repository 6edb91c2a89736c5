package org.nura.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nura.knowledge.entity.IngestionLog;

/** Keeps the record of a failed ingestion although the upload itself is rolled back and stores nothing else. */
@Stateless
public class IngestionLogs {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(IngestionLog log) {
        em.persist(log);
    }
}
