package org.nura.blackbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A small known history in March 2025, far from what other tests write, inserted with SQL because its timestamps
 * lie in the past. Period A is 2025-03-11..20 (its previous period is empty), period B 2025-03-21..30. The
 * figures AnalyticsIT expects are computed by hand from exactly these rows.
 */
final class AnalyticsData {

    static final String A_FROM = "2025-03-11";
    static final String A_TO = "2025-03-20";
    static final String B_FROM = "2025-03-21";
    static final String B_TO = "2025-03-30";

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String s1 = "an-" + run + "-s1";
    final String s2 = "an-" + run + "-s2";
    final String s3 = "an-" + run + "-s3";
    final String s4 = "an-" + run + "-s4";
    final String s5 = "an-" + run + "-s5";
    final String s6 = "an-" + run + "-s6";
    final Staff.Member agent1 = Staff.agent("analytics-agent-1");
    final Staff.Member agent2 = Staff.agent("analytics-agent-2");
    private int messages;

    /** Removes what an earlier run left in March 2025 (a reused database), then writes the history. */
    void load() throws SQLException {
        try (Connection c = NuraServer.db()) {
            c.setAutoCommit(false);
            clear(c);
            periodA(c);
            periodB(c);
            c.commit();
        }
    }

    private static void clear(Connection c) throws SQLException {
        String march = " >= '2025-03-01' AND %s < '2025-04-01'";
        for (String sql : new String[] {"DELETE FROM ratings WHERE created_at", "DELETE FROM message_feedback WHERE created_at",
            "DELETE FROM message_insights WHERE created_at", "DELETE FROM tree_clicks WHERE created_at",
            "DELETE FROM llm_usage_logs WHERE created_at", "DELETE FROM session_outcomes WHERE requested_at",
            "DELETE FROM conversation_logs WHERE created_at", "DELETE FROM sessions WHERE created_at",
            "DELETE FROM analytics_refreshed_days WHERE day"}) {
            String column = sql.substring(sql.lastIndexOf(' ') + 1);
            update(c, sql + String.format(march, column));
        }
    }

    private void periodA(Connection c) throws SQLException {
        session(c, s1, "web", "ar", "2025-03-11T10:00:00Z", "explicit_request", "2025-03-11T10:05:00Z");
        exchange(c, s1, "web", "ar", "2025-03-11T10:00:10Z", "وين فاتورتي؟", "local", 0.9, "billing_inquiry", "up");
        exchange(c, s1, "web", "ar", "2025-03-11T10:01:00Z", "كيف أشحن رصيدي", "fallback", 0.0, "unknown", "down");
        exchange(c, s1, "web", "ar", "2025-03-11T10:05:00Z", "أريد موظف", "handoff", 0.3, "agent_request", null);
        log(c, s1, "web", "ar", "agent", null, "أهلاً، أنا هنا", "agent", null, null, "2025-03-11T10:06:30Z");
        outcome(c, s1, "resolved", "explicit_request", agent1, "billing", "tariff", "2025-03-11T10:05:00Z", 60.0,
                600.0);

        session(c, s2, "web", "en", "2025-03-12T09:00:00Z", null, null);
        exchange(c, s2, "web", "en", "2025-03-12T09:00:10Z", "Where is my bill?", "local", 0.4, "billing_inquiry",
                "down");
        exchange(c, s2, "web", "en", "2025-03-12T09:01:00Z", "where is my  bill", "rag", 0.45, "unknown", null);
        exchange(c, s2, "web", "en", "2025-03-12T09:02:00Z", "hello", "rules", 0.95, "unknown", "up");
        tree(c, s2, 12, "2025-03-12T09:03:00Z");
        tree(c, s2, 14, "2025-03-12T09:04:00Z");
        tree(c, s2, null, "2025-03-12T09:05:00Z");

        session(c, s3, "telegram", "ku", "2025-03-12T11:00:00Z", "low_confidence", "2025-03-12T11:02:00Z");
        String flagged = exchange(c, s3, "telegram", "ku", "2025-03-12T11:00:10Z", "Fatûra min çiqas e?", "openai",
                0.85, "unknown", null);
        update(c, "INSERT INTO message_insights (message_id, session_id, intent, knowledge_gap, classifier, created_at)"
                + " VALUES ('" + flagged + "', '" + s3 + "', 'billing_inquiry', true, 'local', '2025-03-12T11:00:20Z')");
        exchange(c, s3, "telegram", "ku", "2025-03-12T11:02:00Z", "mirov dixwazim", "handoff", 0.2, "agent_request",
                null);
        outcome(c, s3, "accepted", "low_confidence", agent2, null, null, "2025-03-12T11:02:00Z", 120.0, null);
        usage(c, s3, "gpt-4o-mini", 100, 50, "0.000045", "2025-03-12T11:00:15Z");
        usage(c, null, "gpt-4o-mini", 40, 10, "0.000012", "2025-03-12T11:00:20Z");

        session(c, s4, "web", "ar", "2025-03-15T08:00:00Z", null, null);
        exchange(c, s4, "web", "ar", "2025-03-15T08:00:10Z", "ما هو عرض الانترنت", "fallback", 0.1, "out_of_scope",
                null);
        usage(c, s4, "gpt-4o", 200, 100, "0.001500", "2025-03-15T08:00:12Z");

        session(c, s5, "web", "en", "2025-03-20T23:30:00Z", "negative_sentiment", "2025-03-20T23:40:00Z");
        exchange(c, s5, "web", "en", "2025-03-20T23:30:10Z", "this is terrible service", "handoff", 0.6, "complaint",
                null);
        outcome(c, s5, "resolved", "negative_sentiment", agent1, "billing", "apn", "2025-03-20T23:40:00Z", 30.0, 90.0);

        // end-of-chat ratings (issue 20): agent1 5 (s1, ar) and 2 (s5, en), agent2 4 (s3, telegram, ku) —
        // period A: 3 ratings, mean 11/3; agent1 3.5, agent2 4.0; English only: agent1 2.0
        rating(c, s1, "web", agent1, 5, "2025-03-11T10:20:00Z");
        rating(c, s3, "telegram", agent2, 4, "2025-03-12T11:30:00Z");
        rating(c, s5, "web", agent1, 2, "2025-03-20T23:55:00Z");
    }

    private void periodB(Connection c) throws SQLException {
        session(c, s6, "web", "ar", "2025-03-25T12:00:00Z", null, null);
        exchange(c, s6, "web", "ar", "2025-03-25T12:00:10Z", "وين فاتورتي", "local", 0.95, "billing_inquiry", "up");
        exchange(c, s6, "web", "ar", "2025-03-25T12:01:00Z", "كيف أشحن رصيدي؟", "fallback", 0.0, "unknown", null);
    }

    private static void session(Connection c, String id, String channel, String lang, String created, String reason,
            String requested) throws SQLException {
        String status = reason == null ? "bot" : "resolved";
        execute(c, "INSERT INTO sessions (session_id, session_token_hash, customer_id, channel, lang, status,"
                + " handoff_reason, created_at, updated_at, last_message_at, requested_at) VALUES (?, 'x', ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?)", id, "customer-" + id, channel, lang, status, reason, time(created), time(created),
                time(created), requested == null ? null : time(requested));
    }

    /** A customer's question and the assistant's answer half a second later; returns the question's message id. */
    private String exchange(Connection c, String session, String channel, String lang, String at, String question,
            String source, double confidence, String intent, String rating) throws SQLException {
        String asked = log(c, session, channel, lang, "customer", question, null, null, null, null, at);
        String answered = log(c, session, channel, lang, "assistant", question, "answer to " + question, source,
                confidence, intent, OffsetDateTime.parse(at).plusNanos(500_000_000).toString());
        if (rating != null) {
            execute(c, "INSERT INTO message_feedback (session_id, message_id, rating, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?)", session, answered, rating, time(at).plusMinutes(1),
                    time(at).plusMinutes(1));
        }
        return asked;
    }

    private String log(Connection c, String session, String channel, String lang, String role, String question,
            String response, String source, Double confidence, String intent, String at) throws SQLException {
        String id = "an-" + run + "-m" + ++messages;
        execute(c, "INSERT INTO conversation_logs (message_id, session_id, customer_id, channel, role,"
                + " customer_message, response, lang, source, confidence, intent, escalated, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, session, "customer-" + session, channel, role,
                question, response, lang, source, confidence, intent, "handoff".equals(source), time(at));
        return id;
    }

    private static void outcome(Connection c, String session, String status, String reason, Staff.Member agent,
            String category, String rootCause, String requested, Double toAccept, Double toResolve)
            throws SQLException {
        OffsetDateTime at = time(requested);
        execute(c, "INSERT INTO session_outcomes (session_id, status, handoff_reason, agent_id, agent_name,"
                + " issue_category, root_cause, requested_at, accepted_at, resolved_at, time_to_accept_seconds,"
                + " time_to_resolution_seconds, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                session, status, reason, agent.id(), "Name of " + agent.username(), category, rootCause, at,
                toAccept == null ? null : at.plusSeconds(toAccept.longValue()),
                toResolve == null ? null : at.plusSeconds(toResolve.longValue()), toAccept, toResolve, at, at);
    }

    private static void rating(Connection c, String session, String channel, Staff.Member agent, int stars,
            String at) throws SQLException {
        execute(c, "INSERT INTO ratings (session_id, channel, customer_id, agent_id, agent_name, rating, comment,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, 'analytics test', ?)", session, channel, "cust-" + session,
                agent.id(), "Name of " + agent.username(), (short) stars, time(at));
    }

    private static void tree(Connection c, String session, Integer article, String at) throws SQLException {
        execute(c, "INSERT INTO tree_clicks (session_id, topic_id, article_id, lang, created_at) VALUES (?, 'billing',"
                + " ?, 'en', ?)", session, article, time(at));
    }

    private static void usage(Connection c, String session, String model, int prompt, int completion, String cost,
            String at) throws SQLException {
        execute(c, "INSERT INTO llm_usage_logs (session_id, purpose, model, prompt_tokens, completion_tokens,"
                + " total_tokens, estimated_cost_usd, created_at) VALUES (?, 'answer', ?, ?, ?, ?, ?::numeric, ?)",
                session, model, prompt, completion, prompt + completion, cost, time(at));
    }

    private static OffsetDateTime time(String iso) {
        return OffsetDateTime.parse(iso);
    }

    private static void update(Connection c, String sql) throws SQLException {
        execute(c, sql);
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
