package org.nura.jobs.boundary;

import java.time.OffsetDateTime;
import org.nura.jobs.entity.Job;

/** What clients see of a job. */
public record JobView(String jobId, String type, String status, int attempts, String lastError,
        OffsetDateTime createdAt, OffsetDateTime completedAt) {

    static JobView of(Job job) {
        return new JobView(job.jobId(), job.jobType(), job.status(), job.attempts(), job.lastError(),
                job.createdAt(), job.completedAt());
    }
}
