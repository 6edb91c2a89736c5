package org.nura.handoff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Typing travels as a transient live event (id 0): it must survive the Redis wire between nodes as one. */
class LiveEventTransientTest {

    @Test
    void aTransientEventKeepsIdZeroAcrossTheWire() {
        LiveEvent typing = new LiveEvent(0, "s1", "customer", "typing", "{\"from\":\"agent\"}");
        assertTrue(typing.isTransient());
        LiveEvent relayed = LiveEvent.fromWire(typing.toWire("node-a"));
        assertEquals(typing, relayed);
        assertTrue(relayed.isTransient());
        assertTrue(relayed.forCustomer());
        assertFalse(relayed.forAgents(), "the agent's own typing does not go back to the agents");
    }

    @Test
    void aStoredEventIsNotTransient() {
        assertFalse(new LiveEvent(41, "s1", "both", "status", "{}").isTransient());
    }
}
