package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's sums of one period, from the aggregates (and today's raw rows) plus the period's handoffs. */
@ApplicationScoped
public class TotalsReader {

    @Inject
    FactStore store;

    @Inject
    HandoffRows handoffs;

    public Totals totals(Period period) {
        FactStore.Row volume = store.query(Fact.VOLUME, period, Filters.NONE,
                "sum(sessions), sum(handed_off), sum(customer_messages)", "").get(0);
        Map<String, Long> bySource = new LinkedHashMap<>();
        long up = 0;
        long down = 0;
        for (FactStore.Row r : store.query(Fact.ANSWERS, period, Filters.NONE,
                "source, sum(answers), sum(thumbs_up), sum(thumbs_down)", "GROUP BY source")) {
            bySource.put(r.text(0), r.count(1));
            up += r.count(2);
            down += r.count(3);
        }
        long gaps = store.query(Fact.GAPS, period, Filters.NONE, "sum(asked)", "").get(0).count(0);
        FactStore.Row usage = store.query(Fact.USAGE, period, Filters.NONE,
                "sum(calls), sum(total_tokens), sum(cost_usd)", "").get(0);
        List<Handoff> requested = handoffs.requestedIn(period, Filters.NONE);
        return new Totals(volume.count(0), volume.count(1), volume.count(2), bySource, up, down, gaps,
                usage.count(0), usage.count(1), usage.number(2), requested);
    }
}
