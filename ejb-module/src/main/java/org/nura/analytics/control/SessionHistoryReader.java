package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.nura.analytics.control.SessionHistory.HistoryCitation;
import org.nura.analytics.control.SessionHistory.HistoryFeedback;
import org.nura.analytics.control.SessionHistory.HistoryHandoff;
import org.nura.analytics.control.SessionHistory.HistoryMessage;
import org.nura.analytics.control.SessionHistory.LiveChatTurn;
import org.nura.platform.control.JsonSupport;
import static org.nura.analytics.control.SessionQueries.time;

/** Reads one session's whole history (see {@link SessionHistory}) in a few indexed queries by session id. */
@ApplicationScoped
public class SessionHistoryReader {

    /** A history longer than this is cut (the oldest messages are kept) and marked truncated. */
    public static final int MAX_MESSAGES = 5000;
    private static final String SESSION = "SELECT " + SessionSearchSql.COLUMNS
            + " FROM sessions s WHERE s.session_id = ?";
    // an agent's row names no sender; the live chat turn with the same text, nearest in time, does
    private static final String MESSAGES = "SELECT m.message_id, m.role, CASE WHEN m.role = 'customer' THEN"
            + " m.customer_message ELSE m.response END AS text, m.lang, m.source, m.confidence, m.intent, m.article_id,"
            + " m.citations, m.escalated, m.latency_ms, m.created_at, f.rating, f.comment, f.created_at AS rated_at,"
            + " t.sender, t.sender_name FROM conversation_logs m"
            + " LEFT JOIN message_feedback f ON f.message_id = m.message_id"
            + " LEFT JOIN LATERAL (SELECT ct.sender, ct.sender_name FROM chat_turns ct WHERE m.role = 'agent'"
            + " AND ct.session_id = m.session_id AND ct.role = 'agent' AND ct.text = m.response"
            + " ORDER BY abs(extract(epoch FROM ct.created_at - m.created_at)) LIMIT 1) t ON TRUE"
            + " WHERE m.session_id = ? ORDER BY m.created_at, m.id LIMIT " + (MAX_MESSAGES + 1);
    private static final String LIVE_CHAT = "SELECT role, sender, sender_name, text, created_at FROM chat_turns"
            + " WHERE session_id = ? ORDER BY id";
    private static final String HANDOFFS = "SELECT status, handoff_reason, agent_id, agent_name, issue_category,"
            + " root_cause, resolution_notes, resolved_by, resolved_by_name, requested_at, accepted_at, resolved_at,"
            + " time_to_accept_seconds, time_to_resolution_seconds FROM session_outcomes WHERE session_id = ?"
            + " ORDER BY id";

    @Inject
    DataSource data;

    public Optional<SessionHistory> read(String sessionId) {
        try (Connection c = data.getConnection()) {
            SessionSummary session;
            try (PreparedStatement s = c.prepareStatement(SESSION)) {
                s.setString(1, sessionId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    session = SessionQueries.summary(rs);
                }
            }
            List<HistoryMessage> messages = rows(c, MESSAGES, sessionId, SessionHistoryReader::message);
            boolean truncated = messages.size() > MAX_MESSAGES;
            return Optional.of(new SessionHistory(session, truncated ? messages.subList(0, MAX_MESSAGES) : messages,
                    truncated, rows(c, LIVE_CHAT, sessionId, SessionHistoryReader::liveTurn),
                    rows(c, HANDOFFS, sessionId, SessionHistoryReader::handoff)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read session " + sessionId, e);
        }
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> rows(Connection c, String sql, String sessionId, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
        }
        return out;
    }

    private static HistoryMessage message(ResultSet rs) throws SQLException {
        String rating = rs.getString("rating");
        HistoryFeedback feedback = rating == null ? null
                : new HistoryFeedback(rating, rs.getString("comment"), time(rs, "rated_at"));
        return new HistoryMessage(rs.getString("message_id"), rs.getString("role"), rs.getString("text"),
                rs.getString("lang"), rs.getString("source"), rs.getObject("confidence", Double.class),
                rs.getString("intent"),
                rs.getObject("article_id", Integer.class), citations(rs.getString("citations")),
                rs.getBoolean("escalated"), rs.getObject("latency_ms", Integer.class), rs.getString("sender"),
                rs.getString("sender_name"), feedback, time(rs, "created_at"));
    }

    private static LiveChatTurn liveTurn(ResultSet rs) throws SQLException {
        return new LiveChatTurn(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                time(rs, "created_at"));
    }

    private static HistoryHandoff handoff(ResultSet rs) throws SQLException {
        return new HistoryHandoff(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), time(rs, "requested_at"),
                time(rs, "accepted_at"), time(rs, "resolved_at"), rs.getObject(13, Double.class),
                rs.getObject(14, Double.class));
    }

    /** The stored citations JSON ({@code [{type, id, title}]}); null when the row has none or it is unreadable. */
    static List<HistoryCitation> citations(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonReader reader = JsonSupport.reader(json)) {
            List<HistoryCitation> out = new ArrayList<>();
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                out.add(new HistoryCitation(o.getString("type", null), text(o.get("id")), o.getString("title", null)));
            }
            return out;
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            return null;
        }
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }
}
