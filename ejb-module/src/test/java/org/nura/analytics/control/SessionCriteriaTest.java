package org.nura.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.NuraException;

class SessionCriteriaTest {

    private static SessionCriteria q(String q) {
        return SessionCriteria.of(q, null, null, null, null, null, null, null);
    }

    private static String refused(Runnable call) {
        NuraException e = assertThrows(NuraException.class, call::run);
        assertEquals(NuraException.Kind.VALIDATION, e.kind());
        return e.code();
    }

    @Test
    void arabicSpellingsOfOneWordFoldToOneSearchWord() {
        List<String> expected = q("الانترنت بطيئة").words();
        assertEquals(List.of("الانترنت", "بطييه"), expected);
        assertEquals(expected, q("الإنترنـت بطيئه").words(), "hamza seat, tatweel, ta marbuta typed as ha");
        assertEquals(expected, q("الأنترنت  بَطيئة!").words(), "another seat, a diacritic, punctuation");
    }

    @Test
    void kurmanjiAccentsSoraniKeyboardsAndDigitsFold() {
        assertEquals(List.of("internete", "cawa"), q("Înternetê, ÇAWA?").words());
        assertEquals(q("ئینتەرنێت").words(), q("ئينتهرنيت").words(), "Sorani typed on an Arabic keyboard");
        assertEquals(List.of("07501234567"), q("٠٧٥٠١٢٣٤٥٦٧").words());
        assertEquals(List.of("tck", "620250"), q("TCK-620250").words());
    }

    @Test
    void noQueryMeansNoTextSearchAndRepeatedWordsCountOnce() {
        assertFalse(q(null).searchesText());
        assertFalse(q("   ").searchesText());
        assertEquals(List.of("slow"), q("slow SLOW Slow").words());
    }

    @Test
    void badQueriesAreRefused() {
        assertEquals("invalid_query", refused(() -> q("?!…")));
        assertEquals("query_too_long", refused(() -> q("x".repeat(201))));
        assertEquals("query_too_long", refused(() -> q("a b c d e f g h i")));
    }

    @Test
    void filtersAreCheckedAgainstTheKnownValues() {
        SessionCriteria c = SessionCriteria.of(null, " resolved ", "telegram", "17", "cust-1", null, null, 3);
        assertEquals(List.of("resolved", "telegram", "17", "cust-1"), List.of(c.status(), c.channel(), c.agent(),
                c.customerId()));
        assertEquals(40, c.offset());
        assertEquals("invalid_status", refused(() -> SessionCriteria.of(null, "open", null, null, null, null, null, 1)));
        assertEquals("invalid_channel", refused(() -> SessionCriteria.of(null, null, "api", null, null, null, null, 1)));
        assertEquals("invalid_agent", refused(() -> SessionCriteria.of(null, null, null, "a".repeat(129), null, null,
                null, 1)));
    }

    @Test
    void pagesRunFromOneToTheLimit() {
        assertEquals(1, q(null).page());
        assertEquals("invalid_page", refused(() -> SessionCriteria.of(null, null, null, null, null, null, null, 0)));
        assertEquals("invalid_page", refused(() -> SessionCriteria.of(null, null, null, null, null, null, null, 501)));
        assertEquals(500, SessionCriteria.of(null, null, null, null, null, null, null, 500).page());
    }

    @Test
    void aBareDateIsItsWholeDayAndTheRangeMustBeForward() {
        SessionCriteria day = SessionCriteria.of(null, null, null, null, null, "2026-11-30", "2026-11-30", null);
        assertEquals(OffsetDateTime.parse("2026-11-30T00:00Z"), day.from());
        assertEquals(OffsetDateTime.parse("2026-12-01T00:00Z"), day.to());
        SessionCriteria exact = SessionCriteria.of(null, null, null, null, null, "2026-11-30T08:00:00+03:00", null, null);
        assertEquals(OffsetDateTime.parse("2026-11-30T05:00Z").toInstant(), exact.from().toInstant());
        assertNull(exact.to());
        assertEquals("invalid_date", refused(() -> SessionCriteria.of(null, null, null, null, null, "yesterday", null,
                null)));
        assertEquals("invalid_date", refused(() -> SessionCriteria.of(null, null, null, null, null, "2026-11-31", null,
                null)));
        assertEquals("invalid_range", refused(() -> SessionCriteria.of(null, null, null, null, null, "2026-11-30",
                "2026-11-29", null)));
        assertTrue(SessionCriteria.of(null, null, null, null, null, "2026-11-29", "2026-11-29", null).from()
                .isBefore(OffsetDateTime.parse("2026-11-30T00:00Z")));
    }
}
