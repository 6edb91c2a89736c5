package org.nura.analytics.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.nura.analytics.control.Fact;
import org.nura.analytics.control.FactStore;

/**
 * The refresh of one day's aggregates, one transaction: under the day's PostgreSQL advisory lock (held until the
 * commit) each aggregate's rows of the day are deleted and computed again from the raw rows. A second node or
 * request refreshing the same day waits for the lock and then replaces the rows with the same ones, so the day
 * is never counted twice, whoever runs it and how often.
 */
@Stateless
public class Aggregations {

    @Inject
    FactStore store;

    /** Recomputes every aggregate of the day; returns the rows stored. */
    public long refresh(LocalDate day) {
        long started = System.nanoTime();
        store.lockDay(day);
        long rows = 0;
        for (Fact fact : Fact.values()) {
            rows += store.refresh(fact, day);
        }
        store.markRefreshed(day, (System.nanoTime() - started) / 1_000_000);
        return rows;
    }
}
