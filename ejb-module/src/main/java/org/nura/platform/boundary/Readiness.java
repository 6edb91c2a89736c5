package org.nura.platform.boundary;

import java.util.List;

/**
 * Whether this node may take traffic, in MicroProfile Health's shape ({@code {"status": "UP"|"DOWN", "checks":
 * [{"name", "status"}]}}) so that any probe that reads MicroProfile Health reads it too.
 */
public record Readiness(String status, List<Check> checks) {

    /** One procedure of the readiness or liveness check. */
    public record Check(String name, String status) {
    }

    public static Readiness of(List<Check> checks) {
        return new Readiness(checks.stream().allMatch(c -> "UP".equals(c.status())) ? "UP" : "DOWN", checks);
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
