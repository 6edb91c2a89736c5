package org.nura.platform.boundary;

import java.time.OffsetDateTime;
import java.util.Map;
import org.nura.platform.control.HealthCheck;

/** The health of NURA and each dependency: "ok", "degraded" (works with less) or "down" (cannot serve). */
public record HealthReport(String status, String version, OffsetDateTime checkedAt,
        Map<String, HealthCheck.Result> checks) {

    public boolean down() {
        return "down".equals(status);
    }
}
