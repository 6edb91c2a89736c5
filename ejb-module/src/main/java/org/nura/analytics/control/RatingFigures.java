package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The end-of-chat 1–5 ratings of a period (by the day they were given), from the ratings aggregate and today's raw
 * rows: the dashboard's average and count, and each agent's average for the agents report.
 */
@ApplicationScoped
public class RatingFigures {

    @Inject
    FactStore store;

    /** How many ratings and their mean; the mean is null when there are none. */
    public record Average(long ratings, Double average) {

        static Average of(long ratings, long sum) {
            return new Average(ratings, ratings == 0 ? null : Stats.round((double) sum / ratings));
        }
    }

    public Average overall(Period period) {
        FactStore.Row r = store.query(Fact.RATINGS, period, Filters.NONE, "sum(ratings), sum(rating_sum)", "").get(0);
        return Average.of(r.count(0), r.count(1));
    }

    /** Agent id → that agent's mean rating under the report's filters. */
    public Map<String, Double> byAgent(Period period, Filters filters) {
        Map<String, Double> averages = new HashMap<>();
        for (FactStore.Row r : store.query(Fact.RATINGS, period, filters, "agent_id, sum(ratings), sum(rating_sum)",
                "agent_id <> ''", "GROUP BY agent_id")) {
            averages.put(r.text(0), Average.of(r.count(1), r.count(2)).average());
        }
        return averages;
    }

    /** The agents report's rows with each agent's mean rating filled in (null for an agent nobody rated). */
    public static List<ReportRows.AgentFigures> withRatings(List<ReportRows.AgentFigures> agents,
            Map<String, Double> averages) {
        return agents.stream().map(a -> new ReportRows.AgentFigures(a.agentId(), a.agentName(), a.accepted(),
                a.resolved(), a.medianSecondsToAccept(), a.medianSecondsToResolve(), averages.get(a.agentId())))
                .toList();
    }
}
