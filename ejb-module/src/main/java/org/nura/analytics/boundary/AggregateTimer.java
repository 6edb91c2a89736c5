package org.nura.analytics.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.nura.analytics.control.AnalyticsSettings;
import org.nura.analytics.control.Period;

/**
 * Refreshes the daily aggregates every hour (minute 7, server time): yesterday and the days before it up to
 * ANALYTICS_REFRESH_DAYS, each day in its own transaction ({@link Aggregations}); supervisors run the same on
 * demand ({@code POST /v1/analytics/refresh}). Runs may overlap — on one node (read lock) as on several — because
 * the per-day advisory lock and the delete-and-insert make a refresh idempotent. Today is never stored: reports
 * read it raw.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
public class AggregateTimer {

    private static final Logger LOG = Logger.getLogger(AggregateTimer.class.getName());

    @Inject
    Aggregations aggregations;

    @Inject
    AnalyticsSettings settings;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "analytics aggregates")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        try {
            RefreshView done = refresh(null, null);
            LOG.fine(() -> "Analytics aggregates refreshed: " + done);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Analytics refresh failed; the next hour tries again: " + e);
        }
    }

    /**
     * Refreshes {@code from}..{@code to} (ISO dates, at most {@link Period#MAX_DAYS} days, none after yesterday), or
     * without them the timer's days.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RefreshView refresh(String from, String to) {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Period days = from == null && to == null
                ? new Period(yesterday.minusDays(settings.refreshDays() - 1L), yesterday)
                : Period.of(null, from, to == null ? yesterday.toString() : to, yesterday);
        if (days.last().isAfter(yesterday)) {
            throw org.nura.platform.control.NuraException.invalid("invalid_period",
                    "only whole past days are stored; today is read from the raw rows (to must be before today)");
        }
        long started = System.nanoTime();
        long rows = 0;
        for (LocalDate day = days.first(); !day.isAfter(days.last()); day = day.plusDays(1)) {
            rows += aggregations.refresh(day);
        }
        return new RefreshView(days.first(), days.last(), (int) days.days(), rows,
                (System.nanoTime() - started) / 1_000_000);
    }
}
