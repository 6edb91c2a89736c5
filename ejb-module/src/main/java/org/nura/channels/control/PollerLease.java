package org.nura.channels.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one Telegram poller across all nodes: a row in PostgreSQL with an owner and an expiry. A node polls only
 * while it holds an unexpired lease, renews it before every poll, and a node that dies stops renewing, so another
 * takes over once the lease has run out. The getUpdates offset lives in the same row and moves only under a live
 * lease, so a poller that lost its lease cannot move it. Each statement commits on its own (no JTA transaction).
 */
public class PollerLease {

    private static final String NAME = "telegram";

    private final DataSource dataSource;

    public PollerLease(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes or renews the lease for {@code node}; false while another node holds an unexpired one. */
    public boolean hold(String node, Duration lease) throws SQLException {
        return update("UPDATE telegram_poller SET owner = ?, lease_until = now() + make_interval(secs => ?)"
                + " WHERE name = ? AND (owner = ? OR owner IS NULL OR lease_until < now())",
                node, (double) lease.toMillis() / 1000, NAME, node) == 1;
    }

    /** Gives the lease up at once (a clean stop), so another node need not wait for the expiry. */
    public void release(String node) throws SQLException {
        update("UPDATE telegram_poller SET owner = NULL, lease_until = 'epoch' WHERE name = ? AND owner = ?",
                NAME, node);
    }

    /** The first update id not yet handled. */
    public long offset() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT update_offset FROM telegram_poller WHERE name = ?")) {
            s.setString(1, NAME);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Moves the offset forward, only for the holder of a live lease; false when the lease was lost. */
    public boolean advance(String node, long offset) throws SQLException {
        return update("UPDATE telegram_poller SET update_offset = greatest(update_offset, ?)"
                + " WHERE name = ? AND owner = ? AND lease_until > now()", offset, NAME, node) == 1;
    }

    /** Who holds an unexpired lease now, if anyone. */
    public Optional<String> holder() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT owner FROM telegram_poller WHERE name = ? AND owner IS NOT NULL AND lease_until > now()")) {
            s.setString(1, NAME);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private int update(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
