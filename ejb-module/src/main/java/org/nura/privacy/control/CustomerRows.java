package org.nura.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.nura.platform.control.JsonSupport;

/**
 * A customer's rows in PostgreSQL, in the caller's transaction: found by customer id and by the ids of the
 * customer's sessions in every table that has those columns, plus the background jobs whose payload names them.
 * Usage accounting keeps its counts and costs but forgets the session.
 */
@ApplicationScoped
public class CustomerRows {

    /** Rows that are counted, not kept: the reference to the customer is cut, the numbers stay. */
    static final Map<String, String> ANONYMISED = Map.of("llm_usage_logs", "session_id = NULL, message_id = NULL");
    /** Never exported: a secret, not data about the customer. */
    static final Set<String> SECRET_COLUMNS = Set.of("session_token_hash");
    private static final String JOBS_NAMING = " FROM jobs WHERE reference = ANY(?)"
            + " OR EXISTS (SELECT 1 FROM unnest(?::text[]) AS s(id) WHERE strpos(payload, s.id) > 0)";
    /** A job's JSON payload names the customer as {@code "customer_id":"…"}. */
    private static final String JOBS_NAMING_CUSTOMER = " OR strpos(payload, ?) > 0";

    @Inject
    DataSource data;

    /**
     * The ids of the customer's sessions, from the sessions themselves: a click or widget event may name any
     * session id it likes, so it must not pull someone else's session into this customer's export or erasure.
     */
    public List<String> sessionIds(String customerId) {
        try (Connection c = data.getConnection()) {
            return strings(c, "SELECT session_id FROM sessions WHERE customer_id = ? ORDER BY session_id", customerId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not find the customer's sessions", e);
        }
    }

    /** Every row naming the customer or their sessions, table by table, and the jobs about them. */
    public JsonObject export(String customerId, List<String> sessionIds) {
        try (Connection c = data.getConnection()) {
            JsonObjectBuilder tables = JsonSupport.objectBuilder();
            for (CustomerSchema.Table t : CustomerSchema.tables(c)) {
                tables.add(t.name(), rows(c, "SELECT *" + " FROM " + t.name() + " WHERE " + t.customerFilter()
                        + " ORDER BY 1", t, customerId, sessionIds));
            }
            tables.add("jobs", rows(c, "SELECT *" + JOBS_NAMING + JOBS_NAMING_CUSTOMER + " ORDER BY created_at", null,
                    customerId, sessionIds));
            return tables.build();
        } catch (SQLException e) {
            throw new IllegalStateException("could not export the customer's rows", e);
        }
    }

    /**
     * Deletes (or, for accounting, anonymises) every row naming the customer or the sessions and returns how many
     * changed; without a customer id only the sessions' rows (the retention sweep).
     */
    public long erase(String customerId, List<String> sessionIds) {
        try (Connection c = data.getConnection()) {
            long changed = update(c, "DELETE" + JOBS_NAMING + (customerId == null ? "" : JOBS_NAMING_CUSTOMER), null,
                    customerId, sessionIds);
            for (CustomerSchema.Table table : CustomerSchema.tables(c)) {
                CustomerSchema.Table t = customerId == null ? table.sessionsOnly() : table;
                if (!t.bySession() && !t.byCustomer()) {
                    continue;
                }
                String anonymise = ANONYMISED.get(t.name());
                changed += update(c, anonymise == null ? "DELETE FROM " + t.name() + " WHERE " + t.customerFilter()
                        : "UPDATE " + t.name() + " SET " + anonymise + " WHERE " + t.customerFilter(), t, customerId,
                        sessionIds);
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("could not erase the customer's rows", e);
        }
    }

    /** Up to {@code limit} sessions untouched since the cutoff, locked; rows other nodes hold are skipped. */
    public List<String> untouchedSince(OffsetDateTime cutoff, int limit) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement("SELECT session_id FROM"
                + " sessions WHERE updated_at < ? ORDER BY updated_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
            s.setTimestamp(1, Timestamp.from(cutoff.toInstant()));
            s.setInt(2, limit);
            return strings(s);
        } catch (SQLException e) {
            throw new IllegalStateException("could not find old sessions", e);
        }
    }

    /** Deletes up to {@code limit} rows per table older than the cutoff that belong to no session any more. */
    public long orphansBefore(OffsetDateTime cutoff, int limit) {
        try (Connection c = data.getConnection()) {
            long deleted = 0;
            for (CustomerSchema.Table t : CustomerSchema.tables(c)) {
                if (!t.created() || "sessions".equals(t.name()) || ANONYMISED.containsKey(t.name())) {
                    continue;
                }
                String orphan = t.bySession() ? " AND (session_id IS NULL OR NOT EXISTS (SELECT 1 FROM sessions s"
                        + " WHERE s.session_id = " + t.name() + ".session_id))" : "";
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + t.name() + " WHERE ctid IN (SELECT"
                        + " ctid FROM " + t.name() + " WHERE created_at < ?" + orphan + " LIMIT ?)")) {
                    s.setTimestamp(1, Timestamp.from(cutoff.toInstant()));
                    s.setInt(2, limit);
                    deleted += s.executeUpdate();
                }
            }
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete old rows", e);
        }
    }

    /** Takes the cluster-wide retention lock for this transaction; false when another node holds it. */
    public boolean lockRetention() {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT pg_try_advisory_xact_lock(hashtext('nura.retention'))"); ResultSet rs = s.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the retention lock", e);
        }
    }

    private static long update(Connection c, String sql, CustomerSchema.Table t, String customerId,
            List<String> sessionIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, t, customerId, sessionIds);
            return s.executeUpdate();
        }
    }

    /** Binds the filter's parameters: a table's (session ids, customer id) or the jobs' (ids, ids, customer). */
    private static void bind(Connection c, PreparedStatement s, CustomerSchema.Table t, String customerId,
            List<String> sessionIds) throws SQLException {
        var ids = c.createArrayOf("varchar", sessionIds.toArray());
        int i = 1;
        if (t == null) {
            s.setArray(i++, ids);
            s.setArray(i++, ids);
            if (customerId != null) {
                s.setString(i, "\"customer_id\":" + JsonSupport.value(customerId));
            }
            return;
        }
        if (t.bySession()) {
            s.setArray(i++, ids);
        }
        if (t.byCustomer()) {
            s.setString(i, customerId);
        }
    }

    private static JsonArrayBuilder rows(Connection c, String sql, CustomerSchema.Table t, String customerId,
            List<String> sessionIds) throws SQLException {
        JsonArrayBuilder rows = JsonSupport.arrayBuilder();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, t, customerId, sessionIds);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    JsonObjectBuilder row = JsonSupport.objectBuilder();
                    for (int col = 1; col <= meta.getColumnCount(); col++) {
                        if (!SECRET_COLUMNS.contains(meta.getColumnLabel(col))) {
                            add(row, meta.getColumnLabel(col), rs.getObject(col));
                        }
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    static void add(JsonObjectBuilder row, String name, Object value) {
        if (value == null) {
            row.addNull(name);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            row.add(name, ((Number) value).longValue());
        } else if (value instanceof Number n) {
            row.add(name, n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.doubleValue()));
        } else if (value instanceof Boolean b) {
            row.add(name, b);
        } else if (value instanceof Timestamp ts) {
            row.add(name, ts.toInstant().toString());
        } else if (value instanceof byte[] bytes) {
            row.add(name, bytes.length + " bytes");
        } else {
            row.add(name, value.toString());
        }
    }

    private static List<String> strings(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            return strings(s);
        }
    }

    private static List<String> strings(PreparedStatement s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
