package org.nura.platform.control;

/**
 * One dependency's health check. Each component contributes the checks of what it depends on (the AI component the
 * LLM's), so the platform's health report needs to know none of them.
 */
public interface HealthCheck {

    /** The key of this check in the health report, e.g. {@code llm}. */
    String name();

    Result check();

    /**
     * Whether NURA cannot serve customers until this check is ok: such a check holds readiness
     * ({@code /v1/health/ready}) down; the others only make the health report say "degraded".
     */
    default boolean neededForReadiness() {
        return false;
    }

    /** One dependency's state; {@code latencyMs} is null when the check was not a live call. */
    record Result(String status, Long latencyMs, String detail) {
    }
}
