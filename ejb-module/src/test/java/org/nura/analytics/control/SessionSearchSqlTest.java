package org.nura.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionSearchSqlTest {

    private static final SessionCriteria SLOW_TELEGRAM = SessionCriteria.of("Slow Internet", "resolved", "telegram",
            "7", "cust-9", "2026-11-01", "2026-11-30", 2);

    private static int placeholders(String sql) {
        return (int) sql.chars().filter(ch -> ch == '?').count();
    }

    @Test
    void everyWordMustMatchTheSameFoldedMessageAsASubstring() {
        List<Object> params = new java.util.ArrayList<>();
        String sql = SessionSearchSql.matches(SLOW_TELEGRAM, params, true);
        assertEquals("m.search_text IS NOT NULL AND m.search_text LIKE ? AND m.search_text LIKE ?", sql);
        assertEquals(List.of("%slow%", "%internet%"), params);
        assertEquals("m.search_text IS NOT NULL AND (m.search_text || '') LIKE ? AND (m.search_text || '') LIKE ?",
                SessionSearchSql.matches(SLOW_TELEGRAM, new java.util.ArrayList<>(), false),
                "walking sessions: their own messages, not the trigram index");
    }

    @Test
    void likeMetacharactersMatchThemselves() {
        assertEquals("50\\%\\_off\\\\", SessionSearchSql.likeLiteral("50%_off\\"));
    }

    @Test
    void theProbeCountsMatchesUpToTheCap() {
        SessionSearchSql.Statement probe = SessionSearchSql.probe(SLOW_TELEGRAM);
        assertTrue(probe.sql().endsWith("LIMIT ?) hits"), probe.sql());
        assertEquals(List.of("%slow%", "%internet%", SessionSearchSql.PROBE_CAP), probe.params());
    }

    @Test
    void bothPlansFilterEveryParameterAndPageInOneTotalOrder() {
        Object from = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        Object to = Timestamp.from(Instant.parse("2026-12-01T00:00:00Z"));
        List<Object> expected = List.of("%slow%", "%internet%", "resolved", "telegram", "7", "cust-9", from, to, 21, 20);
        for (SessionSearchSql.Statement s : List.of(SessionSearchSql.fromMatches(SLOW_TELEGRAM),
                SessionSearchSql.walkingSessions(SLOW_TELEGRAM))) {
            assertEquals(expected, s.params(), s.sql());
            assertEquals(expected.size(), placeholders(s.sql()), s.sql());
            assertTrue(s.sql().contains("s.status = ? AND s.channel = ? AND s.assigned_agent = ? AND s.customer_id = ?"
                    + " AND s.created_at >= ? AND s.created_at < ?"), s.sql());
            assertTrue(s.sql().endsWith(" ORDER BY s.created_at DESC, s.session_id DESC LIMIT ? OFFSET ?"), s.sql());
        }
        assertTrue(SessionSearchSql.fromMatches(SLOW_TELEGRAM).sql().startsWith("WITH hits AS MATERIALIZED"));
        assertTrue(SessionSearchSql.walkingSessions(SLOW_TELEGRAM).sql().contains("CROSS JOIN LATERAL"));
    }

    @Test
    void withoutAQueryOrFiltersAPageIsTheNewestSessions() {
        SessionCriteria all = SessionCriteria.of(null, null, null, null, null, null, null, null);
        SessionSearchSql.Statement s = SessionSearchSql.walkingSessions(all);
        assertFalse(s.sql().contains("WHERE s."), s.sql());
        assertFalse(s.sql().contains("LATERAL"), s.sql());
        assertEquals(List.of(21, 0), s.params());
    }

    @Test
    void snippetsShowTheFirstMatchOrTheCustomersFirstMessage() {
        SessionSearchSql.Statement matched = SessionSearchSql.snippets(SLOW_TELEGRAM, List.of("a", "b"));
        assertEquals(List.of(List.of("a", "b"), "%slow%", "%internet%"), matched.params());
        SessionSearchSql.Statement first = SessionSearchSql.snippets(SessionCriteria.of(null, null, null, null, null,
                null, null, null), List.of("a"));
        assertTrue(first.sql().contains("m.role = 'customer'"), first.sql());
        assertEquals(1, placeholders(first.sql()));
    }
}
