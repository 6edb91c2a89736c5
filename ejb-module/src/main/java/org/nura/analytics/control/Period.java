package org.nura.analytics.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.nura.platform.control.NuraException;

/**
 * The whole UTC days a figure covers, first and last included. {@code days=N} is today and the N−1 days before;
 * {@code from}/{@code to} name the days themselves. The previous period is the same number of days just before.
 */
public record Period(LocalDate first, LocalDate last) {

    /** A year and a day: enough for any report, and a bound on what one request may make the database read. */
    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;

    public Period {
        if (first.isAfter(last)) {
            throw NuraException.invalid("invalid_period", "from must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw NuraException.invalid("invalid_period", "a period spans at most " + MAX_DAYS + " days");
        }
    }

    /** Reads {@code days} or {@code from}/{@code to} (ISO dates); {@code to} alone is refused, {@code from} alone runs to today. */
    public static Period of(Integer days, String from, String to, LocalDate today) {
        if (from == null && to == null) {
            int n = days == null ? DEFAULT_DAYS : days;
            if (n < 1 || n > MAX_DAYS) {
                throw NuraException.invalid("invalid_days", "days must be 1 to " + MAX_DAYS);
            }
            return new Period(today.minusDays(n - 1L), today);
        }
        if (days != null) {
            throw NuraException.invalid("invalid_period", "give either days or from/to, not both");
        }
        if (from == null) {
            throw NuraException.invalid("invalid_period", "to needs a from");
        }
        return new Period(date("from", from), to == null ? today : date("to", to));
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw NuraException.invalid("invalid_" + name, name + " must be a date such as 2026-01-31");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The same number of days ending the day before this period starts. */
    public Period previous() {
        return new Period(first.minusDays(days()), first.minusDays(1));
    }

    /** The first instant of the period (midnight UTC of the first day). */
    public Instant start() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period (midnight UTC after the last day). */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
