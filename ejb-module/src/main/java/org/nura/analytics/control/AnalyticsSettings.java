package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nura.platform.control.NuraConfig;

/** How far back the hourly aggregate refresh reaches. */
@ApplicationScoped
public class AnalyticsSettings {

    @Inject
    NuraConfig config;

    /**
     * ANALYTICS_REFRESH_DAYS: the hourly refresh recomputes yesterday and the days before it up to this many days in
     * all, so that late rows of a past day (a rating, the handoff of a session that began that day) reach its
     * aggregates; older days change only with {@code POST /v1/analytics/refresh?from=&to=}.
     */
    public int refreshDays() {
        return Math.max(1, Math.min(Period.MAX_DAYS, config.integer("ANALYTICS_REFRESH_DAYS", 3)));
    }
}
