package org.nura.api.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.platform.control.Metrics;

/**
 * The original's protected metrics endpoint: the application's counters and the JVM's figures as Prometheus text,
 * the same on every server (see {@link Metrics} for why they are not the server's MicroProfile Metrics).
 */
@Path("metrics")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Tag(name = "operations")
public class MetricsResource {

    @Inject
    Metrics metrics;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    @Operation(summary = "Application and JVM metrics in Prometheus text format")
    public String metrics() {
        StringBuilder out = new StringBuilder();
        for (Metrics.Sample sample : metrics.samples()) {
            String labels = sample.labels().entrySet().stream()
                    .map(l -> l.getKey() + "=\"" + l.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(","));
            out.append(sample.name()).append('{').append(labels).append("} ").append(sample.value()).append('\n');
        }
        return out.toString();
    }
}
