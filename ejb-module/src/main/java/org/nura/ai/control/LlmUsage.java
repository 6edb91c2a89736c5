package org.nura.ai.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nura.ai.entity.LlmCall;
import org.nura.ai.entity.LlmUsageLog;

/** Writes LLM usage rows in their own transaction: the tokens were spent even if the customer's turn rolls back. */
@Stateless
public class LlmUsage {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(LlmCall call) {
        em.persist(new LlmUsageLog(call));
    }
}
