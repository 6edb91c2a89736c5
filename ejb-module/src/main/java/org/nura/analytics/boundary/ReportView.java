package org.nura.analytics.boundary;

import java.time.LocalDate;
import java.util.List;
import org.nura.analytics.control.Filters;
import org.nura.analytics.control.ReportRows;

/** The report of a period with its filters: one list per section (the CSV export writes the same rows). */
public record ReportView(LocalDate from, LocalDate to, Filters filters, List<ReportRows.Gap> knowledgeGaps,
        List<ReportRows.Intent> intents, List<ReportRows.HandoffGroup> handoffs,
        List<ReportRows.OutcomeGroup> outcomes, List<ReportRows.Cost> cost, List<ReportRows.AgentFigures> agents) {
}
