package org.nura.analytics.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The handoffs, outcomes and agents sections, grouped from the period's outcome rows. */
public final class HandoffFigures {

    private HandoffFigures() {
    }

    /** By reason and channel, most handoffs first; only rows written for a handoff (with a reason). */
    public static List<ReportRows.HandoffGroup> byReason(List<Handoff> rows) {
        return group(rows.stream().filter(Handoff::requested).toList(), h -> List.of(h.reason(), text(h.channel())))
                .entrySet().stream().map(e -> {
                    List<Double> toAccept = seconds(e.getValue(), Handoff::secondsToAccept, Handoff::accepted);
                    return new ReportRows.HandoffGroup(e.getKey().get(0), e.getKey().get(1), e.getValue().size(),
                            e.getValue().stream().filter(Handoff::accepted).count(), Stats.median(toAccept),
                            Stats.percentile(toAccept, 0.9));
                }).sorted(Comparator.comparingLong(ReportRows.HandoffGroup::handoffs).reversed()
                        .thenComparing(ReportRows.HandoffGroup::reason).thenComparing(ReportRows.HandoffGroup::channel)).toList();
    }

    /** By status, issue category and root cause, most outcomes first. */
    public static List<ReportRows.OutcomeGroup> byOutcome(List<Handoff> rows) {
        return group(rows, h -> List.of(h.status(), text(h.category()), text(h.rootCause()))).entrySet().stream()
                .map(e -> {
                    List<Double> toResolve = seconds(e.getValue(), Handoff::secondsToResolve, Handoff::resolved);
                    return new ReportRows.OutcomeGroup(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2),
                            e.getValue().size(), e.getValue().stream().filter(Handoff::resolved).count(),
                            Stats.median(toResolve), Stats.percentile(toResolve, 0.9));
                }).sorted(Comparator.comparingLong(ReportRows.OutcomeGroup::outcomes).reversed()
                        .thenComparing(ReportRows.OutcomeGroup::status).thenComparing(ReportRows.OutcomeGroup::category)
                        .thenComparing(ReportRows.OutcomeGroup::rootCause)).toList();
    }

    /** By the agent holding each handoff, most accepted first. */
    public static List<ReportRows.AgentFigures> byAgent(List<Handoff> rows) {
        return group(rows.stream().filter(h -> h.agentId() != null).toList(), h -> List.of(h.agentId())).entrySet()
                .stream().map(e -> {
                    List<Handoff> mine = e.getValue();
                    String name = mine.stream().map(Handoff::agentName).filter(Objects::nonNull).findFirst()
                            .orElse(null);
                    return new ReportRows.AgentFigures(e.getKey().get(0), name,
                            mine.stream().filter(Handoff::accepted).count(),
                            mine.stream().filter(Handoff::resolved).count(),
                            Stats.median(seconds(mine, Handoff::secondsToAccept, Handoff::accepted)),
                            Stats.median(seconds(mine, Handoff::secondsToResolve, Handoff::resolved)), null);
                }).sorted(Comparator.comparingLong(ReportRows.AgentFigures::accepted).reversed()
                        .thenComparing(ReportRows.AgentFigures::agentId)).toList();
    }

    private static Map<List<String>, List<Handoff>> group(List<Handoff> rows, Function<Handoff, List<String>> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new,
                Collectors.toCollection(ArrayList::new)));
    }

    private static List<Double> seconds(List<Handoff> rows, Function<Handoff, Double> value,
            java.util.function.Predicate<Handoff> reached) {
        return rows.stream().filter(reached).map(value).filter(Objects::nonNull).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
