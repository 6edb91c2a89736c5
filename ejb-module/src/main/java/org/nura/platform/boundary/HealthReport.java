package org.nura.platform.boundary;

import java.time.OffsetDateTime;
import java.util.Map;

/** The health of NURA and each dependency: "ok", "degraded" (works with less) or "down" (cannot serve). */
public record HealthReport(String status, String version, OffsetDateTime checkedAt, Map<String, Check> checks) {

    /** One dependency's state; {@code latencyMs} is null when the check was not a live call. */
    public record Check(String status, Long latencyMs, String detail) {
    }

    public boolean down() {
        return "down".equals(status);
    }
}
