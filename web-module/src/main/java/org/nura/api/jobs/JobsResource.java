package org.nura.api.jobs;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.SignedIn;
import org.nura.security.boundary.AuditLogs;
import org.nura.jobs.boundary.JobView;
import org.nura.jobs.boundary.Jobs;
import org.nura.platform.control.NuraException;

/**
 * Background jobs for operators: counts, failed and dead-lettered jobs, re-driving a dead job, and a diagnostic job
 * that proves the JMS pipeline end to end.
 */
@Path("jobs")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public class JobsResource {

    /** Ask for a diagnostic job; with {@code rollback} the sending transaction is rolled back on purpose. */
    public record DiagnosticRequest(Boolean rollback) {
    }

    /** The job as enqueued, and whether its transaction committed. */
    public record DiagnosticAnswer(JobView job, boolean committed) {
    }

    @Inject
    Jobs jobs;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditLogs audit;

    @POST
    @Path("diagnostics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a no-op job through JMS (rollback=true: roll the transaction back after sending)",
            description = "202 when sent; 200 with committed=false when rolled back on purpose.")
    @APIResponseSchema(value = DiagnosticAnswer.class, responseCode = "202", responseDescription = "Sent")
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
    @Schema(name = "JobCounts", description = "Job status to count")
    public Map<String, Long> counts() {
        return jobs.counts();
    }

    @POST
    @Path("{id}/redrive")
    @Operation(summary = "Take a dead job out of its dead-letter queue and run it again with fresh attempts")
    @APIResponseSchema(value = JobView.class, responseCode = "202", responseDescription = "Sent again")
    public Response redrive(@PathParam("id") String id) {
        JobView sent = jobs.redrive(id);
        audit.store(signedIn.audit("job.redrive", "job:" + id, null));
        return Response.accepted(sent).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One job's state")
    public JobView job(@PathParam("id") String id) {
        return jobs.find(id).orElseThrow(() -> NuraException.notFound("job_not_found", "No job " + id));
    }
}
