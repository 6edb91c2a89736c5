package org.nura.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(10));

    @Test
    void delayDoublesAfterEveryFailure() {
        assertEquals(Duration.ofSeconds(10), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(20), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(40), policy.delayAfter(3));
    }

    @Test
    void delayNeverGrowsBeyondAnHour() {
        assertEquals(Duration.ofHours(1), policy.delayAfter(12));
        assertEquals(Duration.ofHours(1), policy.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void attemptsRunOutAtTheMaximum() {
        assertFalse(policy.exhausted(3));
        assertTrue(policy.exhausted(4));
        assertTrue(new RetryPolicy(1, Duration.ZERO).exhausted(1));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO));
    }
}
