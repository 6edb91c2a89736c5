package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Outcome rows of the handoffs requested in a period, read raw: there is one per handoff (a small share of the
 * messages), and medians and 90th percentiles cannot be added up from daily sums.
 */
@ApplicationScoped
public class HandoffRows {

    @Inject
    FactStore store;

    public List<Handoff> requestedIn(Period period, Filters filters) {
        List<Object> params = new ArrayList<>();
        params.add(period.start().atOffset(ZoneOffset.UTC));
        params.add(period.end().atOffset(ZoneOffset.UTC));
        StringBuilder where = new StringBuilder(filters.outcomeConditions());
        params.addAll(filters.outcomeParameters());
        if (filters.channel() != null) {
            where.append(" AND s.channel = ?");
            params.add(filters.channel());
        }
        if (filters.lang() != null) {
            where.append(" AND s.lang = ?");
            params.add(filters.lang());
        }
        return store.rows("SELECT o.handoff_reason, s.channel, o.status, o.issue_category, o.root_cause, o.agent_id,"
                + " o.agent_name, o.accepted_at IS NOT NULL, o.resolved_at IS NOT NULL, o.time_to_accept_seconds,"
                + " o.time_to_resolution_seconds FROM session_outcomes o LEFT JOIN sessions s"
                + " ON s.session_id = o.session_id WHERE o.requested_at >= ? AND o.requested_at < ?" + where, params)
                .stream().map(r -> new Handoff(r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                        r.text(6), (Boolean) r.get(7), (Boolean) r.get(8), seconds(r.get(9)), seconds(r.get(10))))
                .toList();
    }

    private static Double seconds(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
