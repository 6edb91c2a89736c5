package org.nura.platform.boundary;

import java.time.OffsetDateTime;
import java.util.Map;
import org.nura.platform.control.HealthCheck;

/**
 * The health of NURA and each dependency: "ok", "degraded" (works with less) or "down" (cannot serve); and the
 * server product it runs on (e.g. "Payara Server", "WildFly Full"; no version), which the web tier knows.
 */
public record HealthReport(String status, String version, String server, OffsetDateTime checkedAt,
        Map<String, HealthCheck.Result> checks) {

    /** The same report, naming the server product. */
    public HealthReport on(String serverProduct) {
        return new HealthReport(status, version, serverProduct, checkedAt, checks);
    }

    public boolean down() {
        return "down".equals(status);
    }
}
