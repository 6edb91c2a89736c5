package org.nura.api.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.platform.boundary.HealthChecks;
import org.nura.platform.boundary.HealthReport;
import org.nura.platform.boundary.Readiness;
import org.nura.platform.control.Outages;

/** Service checks for load balancers and operators. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public class HealthResource {

    @Inject
    HealthChecks health;

    @Context
    ServletContext servlet;

    @GET
    @Operation(summary = "Health of NURA and its dependencies",
            description = "200 when ok or degraded (Redis, JMS or the LLM unavailable), 503 when the database is down.")
    @APIResponseSchema(value = HealthReport.class, responseDescription = "ok or degraded")
    public Response check() {
        HealthReport report = health.check().on(product(servlet.getServerInfo()));
        return Response.status(report.down() ? 503 : 200).entity(report).build();
    }

    /**
     * The product in the container's "name version…" (Payara: "Payara Server  6.2025.10 #badassfish", WildFly: "WildFly
     * Full 39.0.1.Final (WildFly Core …) - 2.3.x"): its words before the first with a digit, so no version is told.
     */
    static String product(String serverInfo) {
        StringBuilder product = new StringBuilder();
        for (String word : serverInfo == null ? new String[0] : serverInfo.trim().split("\\s+")) {
            if (word.chars().anyMatch(Character::isDigit) || word.equals("-")) {
                break;
            }
            product.append(product.isEmpty() ? "" : " ").append(word);
        }
        return product.isEmpty() ? "unknown" : product.toString();
    }

    @GET
    @Path("ready")
    @Operation(summary = "Readiness: may this node take traffic?",
            description = "MicroProfile Health's shape. 200 UP when the database answers and the on-box model is"
                    + " loaded; 503 DOWN otherwise (load balancers and deployment/nura wait for UP). Redis, the"
                    + " broker and the LLM only degrade NURA, so they never hold readiness down.")
    @APIResponseSchema(value = Readiness.class, responseDescription = "UP")
    public Response ready() {
        Readiness readiness = health.ready();
        Response.ResponseBuilder answer = Response.status(readiness.up() ? 200 : 503).entity(readiness);
        return readiness.up() ? answer.build() : answer.header("Retry-After", Outages.RETRY_AFTER_SECONDS).build();
    }

    @GET
    @Path("live")
    @Operation(summary = "Liveness: is the application running at all?",
            description = "MicroProfile Health's shape; always 200 UP while the application answers. It checks no"
                    + " dependency on purpose: a database outage is no reason to restart the server.")
    @APIResponseSchema(value = Readiness.class, responseDescription = "UP")
    public Readiness live() {
        return Readiness.of(List.of());
    }
}
