package org.nura.analytics.control;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a session search. Every word must occur in one message people wrote (customer or agent), as a
 * substring of its folded text ({@code conversation_logs.search_text}, trigram-indexed, V12). Pages are newest
 * session first, the session id breaking ties, so the order is total and a page stays the same between requests.
 *
 * <p>Two plans, because PostgreSQL's estimate for {@code LIKE '%word%'} cannot tell them apart (measured on 1M
 * messages, BENCHMARKS.md issue #14): a {@linkplain #probe probe} counts the matching messages up to a cap; below
 * it, {@linkplain #fromMatches the matches are collected} through the trigram index and their sessions sorted (a
 * rare word: a few ms, where walking sessions took 100 ms to 22 s); at the cap, {@linkplain #walkingSessions
 * sessions are walked} in page order and each checked for a match (a common word: a page within the first few
 * hundred sessions, where collecting its 30,000 matches took 1–3 s).
 */
public final class SessionSearchSql {

    /** Matching messages from which walking sessions is cheaper than collecting the matches. */
    public static final int PROBE_CAP = 3000;
    static final String COLUMNS = "s.session_id, s.customer_id, s.channel, s.lang, s.status, s.handoff_reason,"
            + " s.assigned_agent, s.assigned_agent_name, s.identity_verified, s.created_at, s.updated_at,"
            + " s.last_message_at, s.requested_at, s.accepted_at, s.resolved_at,"
            + " (SELECT count(*) FROM conversation_logs c WHERE c.session_id = s.session_id) AS messages";
    static final String ORDER = " ORDER BY s.created_at DESC, s.session_id DESC";

    /** A statement and its parameters, in order. */
    public record Statement(String sql, List<Object> params) {
        public Statement {
            params = List.copyOf(params);
        }
    }

    private SessionSearchSql() {
    }

    /** How many messages match, counting no further than {@link #PROBE_CAP}. */
    public static Statement probe(SessionCriteria c) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(*) FROM (SELECT 1 FROM conversation_logs m WHERE " + matches(c, params, true)
                + " LIMIT ?) hits";
        params.add(PROBE_CAP);
        return new Statement(sql, params);
    }

    /** One page plus one row (to tell whether another page follows) of sessions with a match, from the matches. */
    public static Statement fromMatches(SessionCriteria c) {
        List<Object> params = new ArrayList<>();
        String hits = "WITH hits AS MATERIALIZED (SELECT DISTINCT m.session_id FROM conversation_logs m WHERE "
                + matches(c, params, true) + ") ";
        String sql = hits + "SELECT " + COLUMNS + " FROM sessions s JOIN hits h ON h.session_id = s.session_id"
                + where(c, params, false) + ORDER + " LIMIT ? OFFSET ?";
        return paged(sql, params, c);
    }

    /** The same page, walking the sessions that pass the filters in page order; also the page without a query. */
    public static Statement walkingSessions(SessionCriteria c) {
        List<Object> params = new ArrayList<>();
        String hit = "";
        if (c.searchesText()) {
            // LATERAL with LIMIT 1 cannot become a semi-join over all matches: each session is checked in turn,
            // on its own few messages, not through the trigram index (whose bitmap of a common word, built anew for
            // every session, took 1.6 s for a page)
            hit = " CROSS JOIN LATERAL (SELECT 1 FROM conversation_logs m WHERE m.session_id = s.session_id AND "
                    + matches(c, params, false) + " LIMIT 1) hit";
        }
        String sql = "SELECT " + COLUMNS + " FROM sessions s" + hit + where(c, params, true) + ORDER
                + " LIMIT ? OFFSET ?";
        return paged(sql, params, c);
    }

    /**
     * For each listed session the first message that matches (or, without a query, the customer's first
     * message): what the result list shows under each session.
     */
    public static Statement snippets(SessionCriteria c, List<String> sessionIds) {
        List<Object> params = new ArrayList<>();
        params.add(sessionIds);
        String match = c.searchesText() ? matches(c, params, false) : "m.role = 'customer'";
        String sql = "SELECT DISTINCT ON (m.session_id) m.session_id, m.role, coalesce(m.customer_message, m.response)"
                + " FROM conversation_logs m WHERE m.session_id = ANY (?) AND " + match
                + " ORDER BY m.session_id, m.created_at, m.id";
        return new Statement(sql, params);
    }

    /**
     * Every word in the message's folded text; {@code indexed}: through the trigram index, else on the rows the
     * session's index found ({@code || ''} hides the column from the trigram index, the value is the same).
     */
    static String matches(SessionCriteria c, List<Object> params, boolean indexed) {
        StringBuilder sql = new StringBuilder("m.search_text IS NOT NULL");
        String column = indexed ? "m.search_text" : "(m.search_text || '')";
        for (String word : c.words()) {
            sql.append(" AND ").append(column).append(" LIKE ?");
            params.add("%" + likeLiteral(word) + "%");
        }
        return sql.toString();
    }

    /** A word as a LIKE pattern matching itself (folded words hold letters and digits, but a pattern stays safe). */
    static String likeLiteral(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String where(SessionCriteria c, List<Object> params, boolean first) {
        List<String> conditions = new ArrayList<>();
        condition(conditions, params, "s.status = ?", c.status());
        condition(conditions, params, "s.channel = ?", c.channel());
        condition(conditions, params, "s.assigned_agent = ?", c.agent());
        condition(conditions, params, "s.customer_id = ?", c.customerId());
        condition(conditions, params, "s.created_at >= ?", timestamp(c.from()));
        condition(conditions, params, "s.created_at < ?", timestamp(c.to()));
        if (conditions.isEmpty()) {
            return "";
        }
        return (first ? " WHERE " : " AND ") + String.join(" AND ", conditions);
    }

    private static Timestamp timestamp(java.time.OffsetDateTime at) {
        return at == null ? null : Timestamp.from(at.toInstant());
    }

    private static void condition(List<String> conditions, List<Object> params, String sql, Object value) {
        if (value != null) {
            conditions.add(sql);
            params.add(value);
        }
    }

    private static Statement paged(String sql, List<Object> params, SessionCriteria c) {
        params.add(SessionCriteria.PAGE_SIZE + 1);
        params.add(c.offset());
        return new Statement(sql, params);
    }
}
