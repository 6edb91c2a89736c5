package org.nura.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingFiguresTest {

    @Test
    void theMeanOfNoRatingsIsNullNotZero() {
        assertNull(RatingFigures.Average.of(0, 0).average());
        assertEquals(0, RatingFigures.Average.of(0, 0).ratings());
    }

    @Test
    void theMeanIsTheSumOverTheCountRoundedLikeEveryOtherMean() {
        assertEquals(3.666667, RatingFigures.Average.of(3, 11).average());
        assertEquals(3.5, RatingFigures.Average.of(2, 7).average());
    }

    @Test
    void eachAgentGetsTheirOwnMeanAndAnUnratedAgentNone() {
        List<ReportRows.AgentFigures> rows = List.of(
                new ReportRows.AgentFigures("7", "سارة أحمد", 2, 2, 45.0, 345.0, null),
                new ReportRows.AgentFigures("9", "Karwan", 1, 0, 120.0, null, null));
        List<ReportRows.AgentFigures> rated = RatingFigures.withRatings(rows, Map.of("7", 3.5, "11", 1.0));
        assertEquals(3.5, rated.get(0).rating());
        assertNull(rated.get(1).rating());
        assertEquals(rows.get(0).agentName(), rated.get(0).agentName(), "nothing else changes");
        assertEquals(2, rated.size(), "a rated agent without handoffs in the report adds no row");
    }

    @Test
    void theRatingsFactIsReadBySessionLikeTheOthers() {
        String raw = Fact.RATINGS.raw("SELECT 'x'");
        assertTrue(raw.contains("AND r.session_id = ANY (ARRAY(SELECT 'x'))"), raw);
        assertEquals(List.of("day", "channel", "lang", "agent_id", "ratings", "rating_sum"), Fact.RATINGS.columns());
        assertEquals(1, Fact.RATINGS.ranges());
    }
}
