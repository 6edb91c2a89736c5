package org.nura.api.jobs;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.nura.api.platform.AgentAccess;
import org.nura.jobs.boundary.JobView;
import org.nura.jobs.boundary.Jobs;
import org.nura.platform.control.NuraException;

/**
 * Background jobs for operators: counts, failed and dead-lettered jobs, re-driving a dead job, and a diagnostic job
 * that proves the JMS pipeline end to end.
 */
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

    /** A page of jobs in one state. */
    public record JobList(String status, List<JobView> jobs) {
    }

    @GET
    @Operation(summary = "Jobs in one state, newest first (status: queued, retrying, done, dead; type optional)")
    public JobList list(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("limit") Integer limit) {
        String wanted = status == null || status.isBlank() ? "dead" : status;
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > 500) {
            throw NuraException.invalid("invalid_limit", "limit must be between 1 and 500");
        }
        return new JobList(wanted, jobs.list(wanted, type == null || type.isBlank() ? null : type, size));
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many jobs are queued, retrying, done and dead")
    public Map<String, Long> counts() {
        return jobs.counts();
    }

    @POST
    @Path("{id}/redrive")
    @Operation(summary = "Take a dead job out of its dead-letter queue and run it again with fresh attempts")
    public Response redrive(@PathParam("id") String id) {
        return Response.accepted(jobs.redrive(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One job's state")
    public JobView job(@PathParam("id") String id) {
        return jobs.find(id).orElseThrow(() -> NuraException.notFound("job_not_found", "No job " + id));
    }
}
