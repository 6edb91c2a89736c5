package org.nura.jobs.control;

import org.nura.jobs.entity.Job;

/** Does the work of one job type inside the consumer's transaction. */
public interface JobHandler {

    JobType type();

    /** Runs one attempt; a {@link JobFailure} schedules the next attempt, anything else rolls the delivery back. */
    void run(Job job) throws JobFailure;
}
