package org.nura.blackbox;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts of the tables the customer endpoints write, to prove that a refused call stored nothing. */
final class Rows {

    static final List<String> CUSTOMER_TABLES = List.of("sessions", "conversation_logs", "chat_turns",
            "message_feedback", "tree_clicks", "widget_events");

    private Rows() {
    }

    static Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : CUSTOMER_TABLES) {
            counts.put(table, NuraServer.queryLong("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    static long ofSession(String table, String sessionId) throws SQLException {
        return NuraServer.queryLong("SELECT count(*) FROM " + table + " WHERE session_id = ?", sessionId);
    }

    static String text(String sql, Object... params) throws SQLException {
        try (var c = NuraServer.db(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
