package org.nura.ai.boundary;

/** The AI switch as admins see it: on or off, whether a key is configured, the model and the breaker's state. */
public record AiStatus(boolean enabled, boolean configured, String model, String circuit) {
}
