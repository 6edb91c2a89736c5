package org.nura.analytics.control;

import java.util.Arrays;
import java.util.Collection;

/**
 * The arithmetic every figure shares, written once: shares that are null instead of a division by zero, the change
 * against a previous period, and percentiles as PostgreSQL's {@code percentile_cont} computes them.
 */
public final class Stats {

    private Stats() {
    }

    /** {@code part / whole}, or null when the whole is zero (nothing to take a share of). */
    public static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /**
     * The relative change {@code (current − previous) / previous}; null when either is unknown or the previous value
     * is zero, so that an empty previous period never divides by zero nor shows an infinite rise.
     */
    public static Double change(Double current, Double previous) {
        if (current == null || previous == null || previous == 0) {
            return null;
        }
        return (current - previous) / previous;
    }

    /**
     * Rounded to six decimal places: a mean of stored sums must not change in its last bits with the order in which
     * the database happened to add them up (aggregates and raw rows give the same figure).
     */
    public static Double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    /** The median (linear interpolation between the two middle values), null for no values. */
    public static Double median(Collection<Double> values) {
        return percentile(values, 0.5);
    }

    /**
     * The {@code p}-th percentile by linear interpolation between closest ranks ({@code percentile_cont}): the value at
     * position {@code p·(n−1)} of the sorted values; null for no values.
     */
    public static Double percentile(Collection<Double> values, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must be within 0 and 1: " + p);
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        if (sorted.length == 0) {
            return null;
        }
        Arrays.sort(sorted);
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
