package org.nura.analytics.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nura.analytics.control.CsvWriter;
import org.nura.analytics.control.FactStore;
import org.nura.analytics.control.Filters;
import org.nura.analytics.control.Handoff;
import org.nura.analytics.control.HandoffFigures;
import org.nura.analytics.control.HandoffRows;
import org.nura.analytics.control.RatingFigures;
import org.nura.analytics.control.Period;
import org.nura.analytics.control.ReportRows;
import org.nura.analytics.control.SectionReader;
import org.nura.analytics.control.Stats;
import org.nura.platform.control.NuraException;

/** The report's sections as JSON or CSV, and the ratings summary (read-only). */
@Stateless
public class Reports {

    /** The sections in report order, as {@code section=} and the CSV file names call them. */
    public static final List<String> SECTIONS = List.of("knowledge_gaps", "intents", "handoffs", "outcomes", "cost",
            "agents");
    /** The row type of each section. */
    public static final Map<String, Class<? extends Record>> ROW_TYPES = Map.of("knowledge_gaps",
            ReportRows.Gap.class, "intents", ReportRows.Intent.class, "handoffs", ReportRows.HandoffGroup.class,
            "outcomes", ReportRows.OutcomeGroup.class, "cost", ReportRows.Cost.class, "agents",
            ReportRows.AgentFigures.class);
    static final int LATEST_THUMBS_DOWN = 20;

    @Inject
    SectionReader sections;

    @Inject
    HandoffRows handoffs;

    @Inject
    RatingFigures ratings;

    public ReportView report(Integer days, String from, String to, Filters filters) {
        Period period = period(days, from, to);
        List<Handoff> rows = handoffs.requestedIn(period, filters);
        return new ReportView(period.first(), period.last(), filters, sections.gaps(period, filters),
                sections.intents(period, filters), HandoffFigures.byReason(rows), HandoffFigures.byOutcome(rows),
                sections.cost(period, filters), agents(period, filters, rows));
    }

    /**
     * One section as CSV (UTF-8 with BOM), or with {@code section} null a zip of every section's CSV; one section
     * reads only what that section needs.
     */
    public byte[] csv(Integer days, String from, String to, Filters filters, String section) {
        if (section != null) {
            return CsvWriter.csv(ROW_TYPES.get(checked(section)), rows(period(days, from, to), filters, section));
        }
        ReportView report = report(days, from, to, filters);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("knowledge_gaps.csv", CsvWriter.csv(ReportRows.Gap.class, report.knowledgeGaps()));
        files.put("intents.csv", CsvWriter.csv(ReportRows.Intent.class, report.intents()));
        files.put("handoffs.csv", CsvWriter.csv(ReportRows.HandoffGroup.class, report.handoffs()));
        files.put("outcomes.csv", CsvWriter.csv(ReportRows.OutcomeGroup.class, report.outcomes()));
        files.put("cost.csv", CsvWriter.csv(ReportRows.Cost.class, report.cost()));
        files.put("agents.csv", CsvWriter.csv(ReportRows.AgentFigures.class, report.agents()));
        return CsvWriter.zip(files);
    }

    /**
     * The rows of one section (the {@link ReportRows} type {@link #ROW_TYPES} names), the same rows its CSV
     * writes: a console tab reads only the section it shows, not the whole report.
     */
    public List<? extends Record> section(Integer days, String from, String to, Filters filters, String section) {
        return rows(period(days, from, to), filters, checked(section));
    }

    private List<? extends Record> rows(Period period, Filters filters, String section) {
        return switch (section) {
            case "knowledge_gaps" -> sections.gaps(period, filters);
            case "intents" -> sections.intents(period, filters);
            case "handoffs" -> HandoffFigures.byReason(handoffs.requestedIn(period, filters));
            case "outcomes" -> HandoffFigures.byOutcome(handoffs.requestedIn(period, filters));
            case "cost" -> sections.cost(period, filters);
            default -> agents(period, filters, handoffs.requestedIn(period, filters));
        };
    }

    /** The agents' handoff figures with each agent's mean end-of-chat rating of the period. */
    private List<ReportRows.AgentFigures> agents(Period period, Filters filters, List<Handoff> rows) {
        return RatingFigures.withRatings(HandoffFigures.byAgent(rows), ratings.byAgent(period, filters));
    }

    private static String checked(String section) {
        if (section == null || !SECTIONS.contains(section)) {
            throw NuraException.invalid("invalid_section", "section must be one of " + String.join(", ", SECTIONS));
        }
        return section;
    }

    public RatingsView ratings(Integer days, String from, String to) {
        Period period = period(days, from, to);
        Map<String, long[]> bySource = new LinkedHashMap<>();
        Map<String, long[]> byIntent = new LinkedHashMap<>();
        for (FactStore.Row r : sections.ratings(period)) {
            add(bySource, r.text(0), r);
            add(byIntent, r.text(1), r);
        }
        long up = bySource.values().stream().mapToLong(v -> v[0]).sum();
        long down = bySource.values().stream().mapToLong(v -> v[1]).sum();
        return new RatingsView(period.first(), period.last(), up, down, Stats.share(up, up + down), groups(bySource),
                groups(byIntent), sections.latestThumbsDown(period, LATEST_THUMBS_DOWN));
    }

    private static void add(Map<String, long[]> groups, String key, FactStore.Row r) {
        long[] sums = groups.computeIfAbsent(key, k -> new long[2]);
        sums[0] += r.count(2);
        sums[1] += r.count(3);
    }

    private static List<RatingsView.Group> groups(Map<String, long[]> sums) {
        return sums.entrySet().stream().map(e -> new RatingsView.Group(e.getKey(), e.getValue()[0], e.getValue()[1],
                Stats.share(e.getValue()[0], e.getValue()[0] + e.getValue()[1]))).toList();
    }

    private static Period period(Integer days, String from, String to) {
        return Period.of(days, from, to, LocalDate.now(ZoneOffset.UTC));
    }
}
