package org.nura.privacy.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.nura.privacy.control.PrivacySettings;

/**
 * Deletes conversations untouched for RETENTION_DAYS every night at 03:17 server time, batch after batch (each its
 * own transaction, see {@link Expirations}); operators can run the same sweep at once
 * ({@code POST /v1/admin/retention/run}). On one node runs never overlap (the singleton's write lock), across
 * nodes the advisory lock decides.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class RetentionTimer {

    /** What a sweep did; {@code skipped}: retention is off, or another node holds the lock. */
    public record Sweep(int retentionDays, OffsetDateTime cutoff, int batches, int sessions, long rows,
            boolean skipped) {
    }

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());
    /** A safety stop: a sweep that would need more batches continues the next night. */
    private static final int MAX_BATCHES = 10_000;

    @Inject
    PrivacySettings settings;

    @Inject
    Expirations expirations;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        try {
            Sweep sweep = sweep();
            if (sweep.sessions() > 0 || sweep.rows() > 0) {
                LOG.info(() -> "Retention: deleted " + sweep.sessions() + " session(s) and " + sweep.rows()
                        + " row(s) untouched since " + sweep.cutoff());
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Retention sweep failed; the next night tries again: " + e);
        }
    }

    /** Runs the sweep now, each batch in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Sweep sweep() {
        int days = settings.retentionDays();
        if (days == 0) {
            return new Sweep(0, null, 0, 0, 0, true);
        }
        OffsetDateTime cutoff = OffsetDateTime.now().minusDays(days);
        int size = settings.retentionBatchSize();
        int batches = 0;
        int sessions = 0;
        long rows = 0;
        Expirations.Batch batch;
        do {
            batch = expirations.expire(cutoff, size);
            batches++;
            sessions += batch.sessions();
            rows += batch.rows();
        } while (batch.more() && batches < MAX_BATCHES);
        return new Sweep(days, cutoff, batches, sessions, rows, batch.locked() && sessions == 0);
    }
}
