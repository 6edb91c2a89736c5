package org.nura.api.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.platform.boundary.HealthChecks;
import org.nura.platform.boundary.HealthReport;

/** Service checks for load balancers and operators. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public class HealthResource {

    @Inject
    HealthChecks health;

    @GET
    @Operation(summary = "Health of NURA and its dependencies",
            description = "200 when ok or degraded (Redis, JMS or the LLM unavailable), 503 when the database is down.")
    @APIResponseSchema(value = HealthReport.class, responseDescription = "ok or degraded")
    public Response check() {
        HealthReport report = health.check();
        return Response.status(report.down() ? 503 : 200).entity(report).build();
    }
}
