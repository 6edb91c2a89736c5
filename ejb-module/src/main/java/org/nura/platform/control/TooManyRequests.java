package org.nura.platform.control;

import java.time.Duration;

/** A rate limit said no: answered 429 with {@code Retry-After}. */
public class TooManyRequests extends NuraException {

    private final Duration retryAfter;

    public TooManyRequests(String code, String message, Duration retryAfter) {
        super(Kind.RATE_LIMITED, code, message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one: what the Retry-After header says. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
