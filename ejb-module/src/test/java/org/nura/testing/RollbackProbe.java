package org.nura.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nura.platform.control.NuraException;

/** A boundary used only by tests: writes a row, then fails with a business exception or succeeds. */
@Stateless
public class RollbackProbe {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    public void write(String marker, boolean fail) {
        em.createNativeQuery("INSERT INTO security_logs (event_type, detail) VALUES ('probe', ?1)")
                .setParameter(1, marker).executeUpdate();
        if (fail) {
            throw NuraException.conflict("probe_failed", "the probe was told to fail");
        }
    }

    public long count(String marker) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM security_logs WHERE detail = ?1")
                .setParameter(1, marker).getSingleResult()).longValue();
    }
}
