package org.nura.analytics.boundary;

import java.time.LocalDate;

/** What a refresh did: the days it recomputed, the rows it stored and how long it took. */
public record RefreshView(LocalDate from, LocalDate to, int days, long rows, long millis) {
}
