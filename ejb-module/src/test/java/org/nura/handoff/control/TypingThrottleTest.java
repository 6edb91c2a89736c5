package org.nura.handoff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypingThrottleTest {

    private final TypingThrottle throttle = new TypingThrottle();

    @Test
    void repeatsWithinASecondAreDroppedPerSessionAndSide() {
        assertTrue(throttle.admit("s1", "customer", 10_000));
        assertFalse(throttle.admit("s1", "customer", 10_500), "a repeat within the second");
        assertTrue(throttle.admit("s1", "agents", 10_500), "the other side is counted apart");
        assertTrue(throttle.admit("s2", "customer", 10_500), "another session is counted apart");
        assertFalse(throttle.admit("s1", "customer", 10_999));
        assertTrue(throttle.admit("s1", "customer", 11_000), "a second after the last one that went out");
    }

    @Test
    void droppedSignalsDoNotPushTheWindowOn() {
        assertTrue(throttle.admit("s", "customer", 0));
        for (long t = 100; t < 1000; t += 100) {
            assertFalse(throttle.admit("s", "customer", t));
        }
        assertTrue(throttle.admit("s", "customer", 1000), "a steady typist gets one signal a second through");
    }

    @Test
    void aClockThatWentBackAdmitsRatherThanMutesForever() {
        assertTrue(throttle.admit("s", "customer", 50_000));
        assertTrue(throttle.admit("s", "customer", 1_000));
    }

    @Test
    void staleKeysAreSweptOnceThereAreMany() {
        for (int i = 0; i <= TypingThrottle.SWEEP_AT; i++) {
            throttle.admit("s" + i, "customer", 0);
        }
        assertTrue(throttle.admit("fresh", "customer", 5_000));
        assertTrue(throttle.admit("s1", "customer", 5_000), "swept, so admitted again");
        assertEquals(false, throttle.admit("fresh", "customer", 5_001));
    }
}
