package org.nura.ai.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Opens after consecutive failures, rests, lets one trial through, and closes or reopens on its outcome. */
class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), now::get);

    @Test
    void opensAfterThreeConsecutiveFailures() {
        breaker.failure();
        breaker.failure();
        breaker.success(); // a success in between resets the count
        breaker.failure();
        breaker.failure();
        assertTrue(breaker.allow());
        breaker.failure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allow());
    }

    @Test
    void halfOpenLetsOneTrialThroughAndItsSuccessCloses() {
        open();
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertTrue(breaker.allow(), "the trial");
        assertFalse(breaker.allow(), "only one trial at a time");
        breaker.success();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allow());
    }

    @Test
    void aFailedTrialReopensAtOnce() {
        open();
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertTrue(breaker.allow());
        breaker.failure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allow());
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.failure();
        }
        assertFalse(breaker.allow());
    }
}
