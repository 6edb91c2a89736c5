package org.nura.analytics.control;

import java.util.List;

/**
 * The five daily aggregates and, for each, the one SQL text that computes its rows from the raw tables for a time
 * range. The refresh stores that result for a whole day; a report reads it live for the days not stored (today).
 * Since both run the same text, an aggregate equals the raw computation by construction. Each text takes the range
 * as its last two parameters ({@code [from, to)}) and {@code %1$s} for a condition on the raw row's session id.
 */
public enum Fact {

    /** Sessions (and those handed off) by the day they began, customer messages by the day they were written. */
    VOLUME("analytics_daily_volume", List.of("sessions", "handed_off", "customer_messages"), List.of(), """
            SELECT day, channel, lang, sum(sessions) AS sessions, sum(handed_off) AS handed_off,
                   sum(customer_messages) AS customer_messages FROM (
              SELECT (s.created_at AT TIME ZONE 'UTC')::date AS day, s.channel, coalesce(s.lang, '') AS lang,
                     1 AS sessions, CASE WHEN s.requested_at IS NULL THEN 0 ELSE 1 END AS handed_off,
                     0 AS customer_messages
              FROM sessions s WHERE s.created_at >= ?::timestamptz AND s.created_at < ?::timestamptz %1$s
              UNION ALL
              SELECT (c.created_at AT TIME ZONE 'UTC')::date, c.channel, coalesce(c.lang, ''), 0, 0, 1
              FROM conversation_logs c WHERE c.role = 'customer'
                AND c.created_at >= ?::timestamptz AND c.created_at < ?::timestamptz %2$s
            ) v GROUP BY day, channel, lang"""),

    /** Answers by source and intent with their confidences and ratings; agent replies and tree articles included. */
    ANSWERS("analytics_daily_answers", List.of("answers", "confidence_sum", "confidence_n", "thumbs_up",
            "thumbs_down"), List.of("source", "intent"), """
            SELECT day, channel, lang, source, intent, count(*) AS answers,
                   coalesce(sum(confidence), 0) AS confidence_sum, count(confidence) AS confidence_n,
                   count(*) FILTER (WHERE rating = 'up') AS thumbs_up,
                   count(*) FILTER (WHERE rating = 'down') AS thumbs_down FROM (
              SELECT (a.created_at AT TIME ZONE 'UTC')::date AS day, a.channel, coalesce(a.lang, '') AS lang,
                     coalesce(a.source, a.role) AS source, coalesce(a.intent, '') AS intent, a.confidence, f.rating
              FROM conversation_logs a LEFT JOIN message_feedback f ON f.message_id = a.message_id
              WHERE a.role IN ('assistant', 'agent')
                AND a.created_at >= ?::timestamptz AND a.created_at < ?::timestamptz %1$s
              UNION ALL
              SELECT (t.created_at AT TIME ZONE 'UTC')::date, coalesce(s.channel, 'web'), coalesce(t.lang, ''),
                     'tree', '', NULL, NULL
              FROM tree_clicks t LEFT JOIN sessions s ON s.session_id = t.session_id
              WHERE t.article_id IS NOT NULL
                AND t.created_at >= ?::timestamptz AND t.created_at < ?::timestamptz %2$s
            ) x GROUP BY day, channel, lang, source, intent"""),

    /**
     * Customer questions that show a knowledge gap, grouped by normalised text (lower case, punctuation and runs of
     * spaces made one space): answered with low confidence by the on-box model, the handbook or the LLM, answered
     * with the fallback (not an out-of-scope decline), or flagged by the insight job. The answer is the first
     * assistant row of the same session with the same text written within ten seconds after the question; both
     * sides are read by their time range (hash and merge joins, not a lookup per question), and an insight is
     * written after its message, so only insights from the range's start are read.
     */
    GAPS("analytics_daily_gaps", List.of("asked", "low_confidence", "fallback", "flagged"), List.of("normalized"), """
            SELECT day, channel, lang,
                   btrim(regexp_replace(lower(question), '[[:space:][:punct:]؟،؛«»…ـ]+', ' ', 'g')) AS normalized,
                   count(*) AS asked, count(*) FILTER (WHERE low) AS low_confidence,
                   count(*) FILTER (WHERE fb) AS fallback, count(*) FILTER (WHERE flagged) AS flagged,
                   (array_agg(question ORDER BY created_at DESC, message_id))[1] AS example_text,
                   (array_agg(session_id ORDER BY created_at DESC, message_id))[1] AS session_id,
                   max(created_at) AS example_at FROM (
              SELECT DISTINCT ON (c.message_id) (c.created_at AT TIME ZONE 'UTC')::date AS day, c.channel,
                     coalesce(c.lang, '') AS lang, c.message_id, c.session_id, c.created_at,
                     c.customer_message AS question,
                     coalesce(a.source IN ('local', 'rag', 'openai') AND a.confidence < ?, false) AS low,
                     coalesce(a.source = 'fallback' AND coalesce(a.intent, '') <> 'out_of_scope', false) AS fb,
                     coalesce(i.knowledge_gap, false) AS flagged
              FROM (SELECT ?::timestamptz AS t0, ?::timestamptz AS t1) span
              JOIN conversation_logs c ON c.created_at >= span.t0 AND c.created_at < span.t1
              LEFT JOIN message_insights i ON i.message_id = c.message_id AND i.created_at >= span.t0
              LEFT JOIN conversation_logs a ON a.session_id = c.session_id AND a.role = 'assistant'
                   AND a.customer_message = c.customer_message AND a.created_at >= c.created_at
                   AND a.created_at < c.created_at + interval '10 seconds'
                   AND a.created_at >= span.t0 AND a.created_at < span.t1 + interval '10 seconds'
              WHERE c.role = 'customer' %1$s
              ORDER BY c.message_id, a.created_at
            ) g WHERE low OR fb OR flagged GROUP BY day, channel, lang, 4"""),

    /** LLM calls, tokens and estimated cost by model; channel and language of the call's session, if any. */
    USAGE("analytics_daily_usage", List.of("calls", "prompt_tokens", "completion_tokens", "total_tokens", "cost_usd"),
            List.of("model"), """
            SELECT (u.created_at AT TIME ZONE 'UTC')::date AS day, coalesce(s.channel, '') AS channel,
                   coalesce(s.lang, '') AS lang, u.model, count(*) AS calls, sum(u.prompt_tokens) AS prompt_tokens,
                   sum(u.completion_tokens) AS completion_tokens, sum(u.total_tokens) AS total_tokens,
                   sum(u.estimated_cost_usd) AS cost_usd
            FROM llm_usage_logs u LEFT JOIN sessions s ON s.session_id = u.session_id
            WHERE u.created_at >= ?::timestamptz AND u.created_at < ?::timestamptz %1$s
            GROUP BY 1, 2, 3, 4"""),

    /**
     * Handoff outcome rows by the day of the customer's request, with the session's channel and language, counted
     * per identical row: the seconds to accept and to resolve stay single values, so medians and percentiles over
     * any days and filters are exact. A report reads these narrow rows instead of joining the sessions table.
     */
    HANDOFFS("analytics_daily_handoffs", List.of("handoffs"), List.of("reason", "status", "category", "root_cause",
            "agent_id", "agent_name", "accepted", "resolved", "seconds_to_accept", "seconds_to_resolve"), """
            SELECT (o.requested_at AT TIME ZONE 'UTC')::date AS day, coalesce(s.channel, '') AS channel,
                   coalesce(s.lang, '') AS lang, o.handoff_reason AS reason, o.status,
                   o.issue_category AS category, o.root_cause, o.agent_id, o.agent_name,
                   o.accepted_at IS NOT NULL AS accepted, o.resolved_at IS NOT NULL AS resolved,
                   o.time_to_accept_seconds AS seconds_to_accept, o.time_to_resolution_seconds AS seconds_to_resolve,
                   count(*) AS handoffs
            FROM session_outcomes o LEFT JOIN sessions s ON s.session_id = o.session_id
            WHERE o.requested_at >= ?::timestamptz AND o.requested_at < ?::timestamptz %1$s
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13"""),

    /**
     * End-of-chat 1–5 ratings (both channels) by the day they were given, the session's language and the rated
     * agent ('' for none): count and sum, so an average over any days and filters is exact.
     */
    RATINGS("analytics_daily_ratings", List.of("ratings", "rating_sum"), List.of("agent_id"), """
            SELECT (r.created_at AT TIME ZONE 'UTC')::date AS day, r.channel, coalesce(s.lang, '') AS lang,
                   coalesce(r.agent_id, '') AS agent_id, count(*) AS ratings, sum(r.rating) AS rating_sum
            FROM ratings r LEFT JOIN sessions s ON s.session_id = r.session_id
            WHERE r.created_at >= ?::timestamptz AND r.created_at < ?::timestamptz %1$s
            GROUP BY 1, 2, 3, 4""");

    private final String table;
    private final List<String> measures;
    private final List<String> keys;
    private final String raw;

    Fact(String table, List<String> measures, List<String> keys, String raw) {
        this.table = table;
        this.measures = measures;
        this.keys = keys;
        this.raw = raw;
    }

    public String table() {
        return table;
    }

    /** The columns added up across days and dimensions. */
    public List<String> measures() {
        return measures;
    }

    /** The dimensions beyond day, channel and lang. */
    public List<String> keys() {
        return keys;
    }

    /** Every stored column, in the raw query's order. */
    public List<String> columns() {
        List<String> all = new java.util.ArrayList<>(List.of("day", "channel", "lang"));
        all.addAll(keys);
        all.addAll(measures);
        if (this == GAPS) {
            all.addAll(List.of("example_text", "session_id", "example_at"));
        }
        return all;
    }

    /** How many time ranges the raw text reads (each a {@code [from, to)} pair). */
    public int ranges() {
        return this == VOLUME || this == ANSWERS ? 2 : 1;
    }

    /** Whether the text starts with the low-confidence threshold parameter. */
    public boolean needsThreshold() {
        return this == GAPS;
    }

    /**
     * The raw text; {@code sessions}, if not null, restricts every raw row to sessions in that subquery (its
     * parameters are bound once per range). The subquery becomes an array computed once: the planner then reads the
     * few selected sessions' rows through the session index, where {@code IN (subquery)} made it scan every row of
     * the period and hash-join (a category's report over 30 of 1M messages: 310 ms in SQL as IN, 72-94 ms as ANY).
     */
    public String raw(String sessions) {
        String[] aliases = this == VOLUME ? new String[] {"s", "c"} : this == ANSWERS ? new String[] {"a", "t"}
                : this == GAPS ? new String[] {"c"} : this == HANDOFFS ? new String[] {"o"}
                : this == RATINGS ? new String[] {"r"} : new String[] {"u"};
        Object[] conditions = new Object[2];
        for (int i = 0; i < 2; i++) {
            conditions[i] = sessions == null || i >= aliases.length ? ""
                    : "AND " + aliases[i] + ".session_id = ANY (ARRAY(" + sessions + "))";
        }
        return String.format(raw, conditions);
    }
}
