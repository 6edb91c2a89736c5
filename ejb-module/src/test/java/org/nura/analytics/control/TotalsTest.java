package org.nura.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TotalsTest {

    static Handoff handoff(String reason, String agent, Double toAccept, Double toResolve) {
        return new Handoff(reason, "web", toResolve != null ? "resolved" : toAccept != null ? "accepted" : "pending",
                "billing", "apn", agent, agent == null ? null : "Name of " + agent, toAccept != null,
                toResolve != null, toAccept, toResolve);
    }

    @Test
    void theKpisFollowTheirDefinitions() {
        Totals t = new Totals(10, 4, 20, Map.of("local", 8L, "rules", 2L, "fallback", 3L, "agent", 5L, "tree", 9L),
                6, 2, 3, 2, 300, 0.5, List.of(handoff("explicit_request", "7", 60.0, 600.0),
                        handoff("low_confidence", "7", 120.0, null), handoff("negative_sentiment", null, null, null),
                        handoff(null, "8", null, 30.0)));
        assertEquals(0.6, t.deflection(), 1e-9, "(10 - 4) / 10");
        assertEquals(0.5, t.automation(), 1e-9, "(local 8 + rules 2) / 20 customer messages");
        assertEquals(1.0 / 3, t.resolution(), 1e-9, "1 of the 3 handoffs with a reason is resolved");
        assertEquals(0.75, t.satisfaction(), 1e-9);
        assertEquals(List.of(60.0, 120.0), t.secondsToAccept());
        assertEquals(List.of(600.0, 30.0), t.secondsToResolve());
        assertEquals(9, t.answers("tree"));
        assertEquals(0, t.answers("openai"));
    }

    @Test
    void anEmptyPeriodHasNoSharesAtAll() {
        Totals empty = new Totals(0, 0, 0, Map.of(), 0, 0, 0, 0, 0, 0, List.of());
        assertNull(empty.deflection());
        assertNull(empty.automation());
        assertNull(empty.resolution());
        assertNull(empty.satisfaction());
        assertNull(Stats.median(empty.secondsToAccept()));
    }

    @Test
    void handoffsOutcomesAndAgentsAreGroupedWithTheirTimes() {
        List<Handoff> rows = List.of(handoff("explicit_request", "7", 10.0, 100.0),
                handoff("explicit_request", "7", 30.0, null), handoff("explicit_request", "8", 20.0, 200.0),
                handoff("low_confidence", null, null, null), handoff(null, "8", null, 50.0));
        List<ReportRows.HandoffGroup> byReason = HandoffFigures.byReason(rows);
        assertEquals(new ReportRows.HandoffGroup("explicit_request", "web", 3, 3, 20.0, 28.0), byReason.get(0));
        assertEquals(new ReportRows.HandoffGroup("low_confidence", "web", 1, 0, null, null), byReason.get(1));
        assertEquals(2, byReason.size(), "the bot-only outcome is no handoff");
        List<ReportRows.OutcomeGroup> outcomes = HandoffFigures.byOutcome(rows);
        assertEquals(new ReportRows.OutcomeGroup("resolved", "billing", "apn", 3, 3, 100.0, 180.0), outcomes.get(0));
        assertEquals(3, outcomes.size());
        List<ReportRows.AgentFigures> agents = HandoffFigures.byAgent(rows);
        assertEquals(new ReportRows.AgentFigures("7", "Name of 7", 2, 1, 20.0, 100.0, null), agents.get(0));
        assertEquals(new ReportRows.AgentFigures("8", "Name of 8", 1, 2, 20.0, 125.0, null), agents.get(1));
    }
}
