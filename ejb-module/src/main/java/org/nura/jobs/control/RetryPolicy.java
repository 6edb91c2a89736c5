package org.nura.jobs.control;

import java.time.Duration;

/** How many attempts a job gets and how long it waits between them: the delay doubles after every failure. */
public record RetryPolicy(int maxAttempts, Duration firstDelay) {

    /** No wait grows beyond this, however many attempts are configured. */
    static final Duration LONGEST = Duration.ofHours(1);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a job needs at least one attempt");
        }
    }

    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }

    /** The wait before the next attempt after attempt {@code failed} (1-based) failed. */
    public Duration delayAfter(int failed) {
        int doublings = Math.max(0, Math.min(failed - 1, 30));
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
