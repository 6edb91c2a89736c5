package org.nura.admin.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nura.platform.boundary.HealthChecks;
import org.nura.platform.boundary.HealthReport;

/** The console's home: the state of NURA's dependencies. */
@Named
@RequestScoped
public class StatusView {

    /** One dependency as the page shows it. */
    public record Row(String name, String status, Long latencyMs, String detail) {
    }

    @Inject
    HealthChecks health;

    private HealthReport report;

    public HealthReport getReport() {
        if (report == null) {
            report = health.check();
        }
        return report;
    }

    public List<Row> getRows() {
        return getReport().checks().entrySet().stream()
                .map(e -> new Row(e.getKey(), e.getValue().status(), e.getValue().latencyMs(), e.getValue().detail()))
                .toList();
    }
}
