package org.nura.api.jobs;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.nura.api.platform.AgentAccess;
import org.nura.jobs.boundary.JobView;
import org.nura.jobs.boundary.Jobs;
import org.nura.platform.control.NuraException;

/** Background jobs for operators: their state, and a diagnostic job that proves the JMS pipeline end to end. */
@Path("jobs")
@AgentAccess
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    /** Ask for a diagnostic job; with {@code rollback} the sending transaction is rolled back on purpose. */
    public record DiagnosticRequest(Boolean rollback) {
    }

    /** The job as enqueued, and whether its transaction committed. */
    public record DiagnosticAnswer(JobView job, boolean committed) {
    }

    @Inject
    Jobs jobs;

    @POST
    @Path("diagnostics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a no-op job through JMS (rollback=true: roll the transaction back after sending)")
    public Response diagnose(DiagnosticRequest request) {
        boolean rollback = request != null && Boolean.TRUE.equals(request.rollback());
        JobView job = jobs.diagnose(rollback);
        return Response.status(rollback ? 200 : 202).entity(new DiagnosticAnswer(job, !rollback)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One job's state")
    public JobView job(@PathParam("id") String id) {
        return jobs.find(id).orElseThrow(() -> NuraException.notFound("job_not_found", "No job " + id));
    }
}
