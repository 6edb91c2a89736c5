package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The handoffs requested in a period, one {@link Handoff} per outcome row, from the handoffs aggregate (and
 * today's raw rows): medians and 90th percentiles need every single duration, which the aggregate keeps. Agent and
 * category are columns of these rows, so those filters need no session subquery here.
 */
@ApplicationScoped
public class HandoffRows {

    private static final String COLUMNS = "reason, channel, status, category, root_cause, agent_id, agent_name,"
            + " accepted, resolved, seconds_to_accept, seconds_to_resolve";

    @Inject
    FactStore store;

    public List<Handoff> requestedIn(Period period, Filters filters) {
        List<Handoff> handoffs = new ArrayList<>();
        // no GROUP BY: the stored rows are few and already counted, and sorting them by eleven text keys costs more
        // than expanding them here
        for (FactStore.Row r : store.query(Fact.HANDOFFS, period, filters.rowsOnly(), COLUMNS + ", handoffs",
                "true" + filters.outcomeConditions("f.agent_id", "f.category"), filters.outcomeParameters(), "")) {
            Handoff h = new Handoff(r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6),
                    (Boolean) r.get(7), (Boolean) r.get(8), seconds(r.get(9)), seconds(r.get(10)));
            handoffs.addAll(Collections.nCopies((int) r.count(11), h));
        }
        return handoffs;
    }

    private static Double seconds(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
