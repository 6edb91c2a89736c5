package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Runs a session search ({@link SessionSearchSql}) on the caller's connection and reads its rows. */
@ApplicationScoped
public class SessionQueries {

    private static final Logger LOG = Logger.getLogger(SessionQueries.class.getName());

    @Inject
    DataSource data;

    public SessionPage search(SessionCriteria criteria) {
        try (Connection c = data.getConnection()) {
            SessionSearchSql.Statement page = criteria.searchesText() && rare(c, criteria)
                    ? SessionSearchSql.fromMatches(criteria) : SessionSearchSql.walkingSessions(criteria);
            List<SessionSummary> found = new ArrayList<>();
            try (PreparedStatement s = prepare(c, page); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(summary(rs));
                }
            }
            boolean more = found.size() > SessionCriteria.PAGE_SIZE;
            List<SessionSummary> shown = found.subList(0, Math.min(found.size(), SessionCriteria.PAGE_SIZE));
            return new SessionPage(criteria.page(), SessionCriteria.PAGE_SIZE, more, withMatches(c, criteria, shown));
        } catch (SQLException e) {
            throw new IllegalStateException("could not search sessions", e);
        }
    }

    /** Fewer matching messages than the probe's cap: collecting them beats walking the sessions. */
    private boolean rare(Connection c, SessionCriteria criteria) throws SQLException {
        try (PreparedStatement s = prepare(c, SessionSearchSql.probe(criteria)); ResultSet rs = s.executeQuery()) {
            rs.next();
            long hits = rs.getLong(1);
            LOG.fine(() -> "session search " + criteria.words() + ": " + hits + " matching messages (cap "
                    + SessionSearchSql.PROBE_CAP + ")");
            return hits < SessionSearchSql.PROBE_CAP;
        }
    }

    private List<SessionSummary> withMatches(Connection c, SessionCriteria criteria, List<SessionSummary> sessions)
            throws SQLException {
        if (sessions.isEmpty()) {
            return sessions;
        }
        List<String> ids = sessions.stream().map(SessionSummary::sessionId).toList();
        Map<String, String[]> matched = new HashMap<>();
        try (PreparedStatement s = prepare(c, SessionSearchSql.snippets(criteria, ids));
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                matched.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return sessions.stream().map(x -> {
            String[] m = matched.get(x.sessionId());
            return m == null ? x : x.withMatch(m[0], m[1]);
        }).toList();
    }

    static SessionSummary summary(ResultSet rs) throws SQLException {
        return new SessionSummary(rs.getString("session_id"), rs.getString("customer_id"), rs.getString("channel"),
                rs.getString("lang"), rs.getString("status"), rs.getString("handoff_reason"),
                rs.getString("assigned_agent"), rs.getString("assigned_agent_name"), rs.getBoolean("identity_verified"),
                time(rs, "created_at"), time(rs, "updated_at"), time(rs, "last_message_at"), time(rs, "requested_at"),
                time(rs, "accepted_at"), time(rs, "resolved_at"), rs.getLong("messages"), null, null);
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    static PreparedStatement prepare(Connection c, SessionSearchSql.Statement statement) throws SQLException {
        PreparedStatement s = c.prepareStatement(statement.sql());
        int i = 1;
        for (Object p : statement.params()) {
            if (p instanceof List<?> list) {
                s.setArray(i++, c.createArrayOf("varchar", list.toArray()));
            } else {
                s.setObject(i++, p);
            }
        }
        return s;
    }
}
