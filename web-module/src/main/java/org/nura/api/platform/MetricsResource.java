package org.nura.api.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The original's protected metrics endpoint: the application and base MicroProfile registries as Prometheus text. */
@Path("metrics")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Tag(name = "operations")
public class MetricsResource {

    @Inject
    MetricRegistry application;

    @Inject
    @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
    MetricRegistry base;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    @Operation(summary = "Application and JVM metrics in Prometheus text format")
    public String metrics() {
        StringBuilder out = new StringBuilder();
        write(out, "application", application);
        write(out, "base", base);
        return out.toString();
    }

    private static void write(StringBuilder out, String scope, MetricRegistry registry) {
        for (Map.Entry<MetricID, Metric> entry : registry.getMetrics().entrySet()) {
            MetricID id = entry.getKey();
            String name = id.getName().replaceAll("[^A-Za-z0-9_]", "_");
            String labels = labels(scope, id);
            Metric metric = entry.getValue();
            if (metric instanceof Counter c) {
                line(out, name + "_total", labels, c.getCount());
            } else if (metric instanceof Timer t) {
                line(out, name + "_seconds_count", labels, t.getCount());
                line(out, name + "_seconds_sum", labels, t.getElapsedTime().toNanos() / 1e9);
            } else if (metric instanceof Histogram h) {
                line(out, name + "_count", labels, h.getCount());
                line(out, name + "_sum", labels, h.getSum());
            } else if (metric instanceof Gauge<?> g && g.getValue() != null) {
                line(out, name, labels, g.getValue());
            }
        }
    }

    private static String labels(String scope, MetricID id) {
        String tags = id.getTags().entrySet().stream()
                .map(t -> t.getKey() + "=\"" + t.getValue().replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(","));
        return "{mp_scope=\"" + scope + "\"" + (tags.isEmpty() ? "" : "," + tags) + "}";
    }

    private static void line(StringBuilder out, String name, String labels, Number value) {
        out.append(name).append(labels).append(' ').append(value).append('\n');
    }
}
