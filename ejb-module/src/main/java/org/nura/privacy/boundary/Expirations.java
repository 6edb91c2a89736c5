package org.nura.privacy.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.nura.handoff.control.AttachmentStore;
import org.nura.privacy.control.CustomerRows;
import org.nura.sessions.control.SessionStore;

/**
 * One batch of the retention sweep, one transaction: under a PostgreSQL advisory lock held until the commit
 * ({@code pg_try_advisory_xact_lock}), so that two nodes whose timers fire together never delete at once; the node
 * that does not get the lock leaves the night's work to the other.
 */
@Stateless
public class Expirations {

    /** What one batch did; {@code locked}: another node holds the retention lock, nothing was done. */
    public record Batch(boolean locked, int sessions, long rows) {

        /** Another batch may find more: this one deleted something. */
        boolean more() {
            return !locked && (sessions > 0 || rows > 0);
        }
    }

    @Inject
    CustomerRows rows;

    @Inject
    SessionStore sessions;

    @Inject
    AttachmentStore attachments;

    /** Deletes up to {@code size} sessions untouched since the cutoff, their rows, and old rows of no session. */
    public Batch expire(OffsetDateTime cutoff, int size) {
        if (!rows.lockRetention()) {
            return new Batch(true, 0, 0);
        }
        List<String> old = rows.untouchedSince(cutoff, size);
        long changed = old.isEmpty() ? 0 : attachments.forgetFiles(old) + rows.erase(null, old);
        changed += rows.orphansBefore(cutoff, size);
        old.forEach(sessions::evict);
        return new Batch(false, old.size(), changed);
    }
}
