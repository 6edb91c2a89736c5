package org.nura.jobs.boundary;

import java.time.OffsetDateTime;
import org.nura.jobs.entity.Job;

/** What operators see of a job; {@code inDeadLetterQueue} tells whether its message waits there for a re-drive. */
public record JobView(String jobId, String type, String status, String reference, int attempts, int redrives,
        String lastError, OffsetDateTime createdAt, OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt,
        OffsetDateTime completedAt, OffsetDateTime deadAt, boolean inDeadLetterQueue) {

    static JobView of(Job job, boolean inDeadLetterQueue) {
        return new JobView(job.jobId(), job.jobType(), job.status(), job.reference(), job.attempts(), job.redrives(),
                job.lastError(), job.createdAt(), job.lastAttemptAt(), job.nextAttemptAt(), job.completedAt(),
                job.deadAt(), inDeadLetterQueue);
    }
}
