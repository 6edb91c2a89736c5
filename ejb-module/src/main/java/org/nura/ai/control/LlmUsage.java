package org.nura.ai.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.nura.ai.entity.LlmCall;
import org.nura.ai.entity.LlmUsageLog;

/**
 * Writes LLM usage rows in their own transaction: the tokens were spent even if the customer's turn rolls back. The
 * one control with a transaction annotation, on purpose: an audit row that must survive the caller's rollback.
 */
@ApplicationScoped
public class LlmUsage {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(LlmCall call) {
        em.persist(new LlmUsageLog(call));
    }
}
