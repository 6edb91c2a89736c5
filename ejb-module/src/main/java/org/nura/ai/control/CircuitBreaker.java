package org.nura.ai.control;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops calling a failing service for a while: after {@code threshold} consecutive failures it opens for
 * {@code openFor}; then one trial call is let through (half-open), whose outcome closes or reopens it. Without
 * it, an outage would add the full timeout to every customer turn.
 */
public final class CircuitBreaker {

    /** CLOSED calls, OPEN refuses, HALF_OPEN lets one trial call through. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openNanos;
    private final LongSupplier clock;
    private State state = State.CLOSED;
    private int failures;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int threshold, Duration openFor) {
        this(threshold, openFor, System::nanoTime);
    }

    CircuitBreaker(int threshold, Duration openFor, LongSupplier nanoClock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("a breaker opens after at least one failure");
        }
        this.threshold = threshold;
        this.openNanos = openFor.toNanos();
        this.clock = nanoClock;
    }

    /** Whether a call may go out now; in half-open state only the first caller gets the trial. */
    public synchronized boolean allow() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openNanos) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        if (state == State.HALF_OPEN) {
            if (trialInFlight) {
                return false;
            }
            trialInFlight = true;
            return true;
        }
        return state == State.CLOSED;
    }

    public synchronized void success() {
        state = State.CLOSED;
        failures = 0;
        trialInFlight = false;
    }

    public synchronized void failure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            state = State.OPEN;
            openedAt = clock.getAsLong();
            trialInFlight = false;
        }
    }

    public synchronized State state() {
        return state == State.OPEN && clock.getAsLong() - openedAt >= openNanos ? State.HALF_OPEN : state;
    }
}
